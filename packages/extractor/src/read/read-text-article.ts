import type { SourceArticle } from "../types.ts";
import { makeSourceArticle, pickArticleFields } from "./article-fields.ts";
import { findDateline } from "./find-dateline.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { InputError } from "./input-error.ts";
import { markdownToText } from "./markdown-to-text.ts";

/** One article from a `.txt` or `.md` file: optional YAML front matter, then the text. */
export function readTextArticle(file: string, content: string, id: string, format: "txt" | "md"): SourceArticle {
  const { fields: raw, body } = splitFrontMatter(content.replace(/\r\n?/g, "\n"), file);
  const fields = pickArticleFields(raw, file, "1");
  const text = format === "md" ? markdownToText(body) : body;
  if (!text.trim()) throw new InputError(file, "no article text after the front matter");
  fields.published ??= findDateline(text);
  return makeSourceArticle(file, text, id, fields);
}
