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

/**
 * The main text of an HTML page (one paragraph per line) and what its meta tags say about it.
 * Every walk of the tree is iterative: node-html-parser's selectors and `.text` recurse once per level,
 * so a page nested ten thousand elements deep would exhaust the call stack.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const page = new Page(root);
  const text = blockText(mainContent(page));
  const fields: ArticleFields = {};
  const title = page.meta("og:title") ?? textOf(page.first("title")) ?? textOf(page.first("h1"));
  if (title?.trim()) fields.title = collapse(title);
  const url = page.meta("og:url") ?? page.find((e) => e.tagName === "LINK" && e.getAttribute("rel") === "canonical")?.getAttribute("href");
  if (url?.trim()) fields.url = url.trim();
  const source = page.meta("og:site_name");
  if (source?.trim()) fields.source = collapse(source);
  const lang = page.first("html")?.getAttribute("lang")?.trim().toLowerCase().split(/[-_]/)[0];
  if (lang) fields.lang = lang;
  const published = publishedDate(page) ?? findDateline(text);
  if (published) fields.published = published;
  return { text, fields };
}

/** The elements of a page in document order, listed once without recursion, and lookups over them. */
class Page {
  readonly elements: HTMLElement[] = [];

  constructor(readonly root: HTMLElement) {
    const stack: Node[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
      if (node !== root) this.elements.push(node as HTMLElement);
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
  }

  find(test: (element: HTMLElement) => boolean): HTMLElement | undefined {
    return this.elements.find(test);
  }

  /** The first element with this (lower-case) tag name. */
  first(tag: string): HTMLElement | undefined {
    const upper = tag.toUpperCase();
    return this.find((e) => e.tagName === upper);
  }

  /** The first element carrying this attribute value. */
  withAttribute(name: string, value: string): HTMLElement | undefined {
    return this.find((e) => e.getAttribute(name) === value);
  }

  meta(name: string): string | undefined {
    const isMeta = (e: HTMLElement, attribute: string) => e.tagName === "META" && e.getAttribute(attribute) === name;
    const element = this.find((e) => isMeta(e, "property")) ?? this.find((e) => isMeta(e, "name"));
    return element?.getAttribute("content") ?? undefined;
  }
}

/**
 * The element holding the article: the longest `<article>` when it is the only one or holds at least half
 * of the page's text (list pages wrap every teaser in an `<article>`), else `<main>`, else the body.
 */
function mainContent(page: Page): HTMLElement {
  const body = page.first("body") ?? page.root;
  const articles = page.elements.filter((e) => e.tagName === "ARTICLE").map((element) => ({ element, length: blockText(element).length }));
  const longest = articles.reduce<(typeof articles)[number] | undefined>(
    (best, a) => (!best || a.length > best.length ? a : best),
    undefined,
  );
  if (longest && (articles.length === 1 || longest.length >= blockText(body).length / 2)) return longest.element;
  return page.first("main") ?? page.withAttribute("role", "main") ?? body;
}

function publishedDate(page: Page): string | undefined {
  const datePublished = page.withAttribute("itemprop", "datePublished");
  const candidates = [
    page.meta("article:published_time"),
    datePublished?.getAttribute("content"),
    datePublished?.getAttribute("datetime"),
    page.meta("pubdate"),
    page.meta("publishdate"),
    page.meta("date"),
    page.find((e) => e.tagName === "TIME" && e.hasAttribute("datetime"))?.getAttribute("datetime"),
  ];
  for (const candidate of candidates) {
    const date = normalizePublished(candidate);
    if (date) return date;
  }
  return undefined;
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** All the text under an element, as `.text` gives it, without recursion. */
function textOf(element: HTMLElement | undefined): string | undefined {
  if (!element) return undefined;
  let text = "";
  const stack: Node[] = [element];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === NodeType.TEXT_NODE) text += node.text;
    else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return text;
}

/** Marks, on the walk's stack, where a block element ends. */
const BLOCK_END = Symbol("block end");

/** Text of an element with block boundaries as line breaks and inline whitespace collapsed. */
function blockText(element: HTMLElement): string {
  const lines: string[] = [];
  let current = "";
  const endLine = () => {
    const line = collapse(current);
    if (line) lines.push(line);
    current = "";
  };
  const stack: (Node | typeof BLOCK_END)[] = [element];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      endLine();
      continue;
    }
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.text;
      continue;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
    const tag = (node as HTMLElement).tagName?.toLowerCase() ?? "";
    if (DROPPED.has(tag)) continue;
    if (BLOCKS.has(tag)) {
      endLine();
      stack.push(BLOCK_END);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  endLine();
  return lines.join("\n\n");
}
