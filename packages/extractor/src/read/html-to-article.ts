import { parse, NodeType, type HTMLElement, type Node } from "node-html-parser";
import type { ArticleFields } from "./article-fields.ts";
import { findDateline } from "./find-dateline.ts";
import { normalizePublished } from "./normalize-published.ts";

/** Elements that are never article text: code, chrome, widgets. */
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "textarea",
  "iframe",
  "svg",
  "canvas",
  "video",
  "audio",
  "object",
  "embed",
  "head",
  "menu",
  "dialog",
]);

/** Elements that end a paragraph (their text stands on its own lines). */
const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "td",
  "th",
  "ul",
  "br",
  "caption",
]);

export interface HtmlArticle {
  text: string;
  fields: ArticleFields;
}

/** The main text of an HTML page (one paragraph per line) and what its meta tags say about it. */
export function htmlToArticle(html: string): HtmlArticle {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const text = blockText(mainContent(root));
  const fields: ArticleFields = {};
  const title = meta(root, "og:title") ?? root.querySelector("title")?.text ?? root.querySelector("h1")?.text;
  if (title?.trim()) fields.title = collapse(title);
  const url = meta(root, "og:url") ?? root.querySelector('link[rel="canonical"]')?.getAttribute("href");
  if (url?.trim()) fields.url = url.trim();
  const source = meta(root, "og:site_name");
  if (source?.trim()) fields.source = collapse(source);
  const lang = root.querySelector("html")?.getAttribute("lang")?.trim().toLowerCase().split(/[-_]/)[0];
  if (lang) fields.lang = lang;
  const published = publishedDate(root) ?? findDateline(text);
  if (published) fields.published = published;
  return { text, fields };
}

/**
 * The element holding the article: the longest `<article>` when it is the only one or holds at least half
 * of the page's text (list pages wrap every teaser in an `<article>`), else `<main>`, else the body.
 */
function mainContent(root: HTMLElement): HTMLElement {
  const body = root.querySelector("body") ?? root;
  const articles = root.querySelectorAll("article").map((element) => ({ element, length: blockText(element).length }));
  const longest = articles.reduce<(typeof articles)[number] | undefined>(
    (best, a) => (!best || a.length > best.length ? a : best),
    undefined,
  );
  if (longest && (articles.length === 1 || longest.length >= blockText(body).length / 2)) return longest.element;
  return root.querySelector("main") ?? root.querySelector('[role="main"]') ?? body;
}

function publishedDate(root: HTMLElement): string | undefined {
  const candidates = [
    meta(root, "article:published_time"),
    root.querySelector('[itemprop="datePublished"]')?.getAttribute("content"),
    root.querySelector('[itemprop="datePublished"]')?.getAttribute("datetime"),
    meta(root, "pubdate"),
    meta(root, "publishdate"),
    meta(root, "date"),
    root.querySelector("time[datetime]")?.getAttribute("datetime"),
  ];
  for (const candidate of candidates) {
    const date = normalizePublished(candidate);
    if (date) return date;
  }
  return undefined;
}

function meta(root: HTMLElement, name: string): string | undefined {
  const element = root.querySelector(`meta[property="${name}"]`) ?? root.querySelector(`meta[name="${name}"]`);
  return element?.getAttribute("content") ?? undefined;
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** Text of an element with block boundaries as line breaks and inline whitespace collapsed. */
function blockText(element: HTMLElement): string {
  const lines: string[] = [];
  let current = "";
  const endLine = () => {
    const line = collapse(current);
    if (line) lines.push(line);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const tag = (node as HTMLElement).tagName?.toLowerCase() ?? "";
    if (DROPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) endLine();
    for (const child of node.childNodes) walk(child);
    if (block) endLine();
  };
  walk(element);
  endLine();
  return lines.join("\n\n");
}
