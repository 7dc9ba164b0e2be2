import type { SourceArticle } from "../types.ts";
import { makeSourceArticle, pickArticleFields } from "./article-fields.ts";
import { InputError } from "./input-error.ts";

/** An article from one parsed JSON record `{id?, title?, url?, published?, lang?, source?, text}`. */
export function recordToArticle(record: unknown, file: string, defaultId: string, place?: string): SourceArticle {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new InputError(file, "record is not a JSON object", place);
  }
  const fields = record as Record<string, unknown>;
  if (typeof fields.text !== "string") throw new InputError(file, `record has no "text" string`, place);
  if (!fields.text.trim()) throw new InputError(file, "record text is empty", place);
  return makeSourceArticle(file, fields.text.replace(/\r\n?/g, "\n"), defaultId, pickArticleFields(fields, file, place));
}

/** JSON.parse with the failure reported as an InputError at the line where parsing stopped. */
export function parseJson(text: string, file: string, firstLine = 1): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = firstLine + (text.slice(0, errorOffset(message, text)).match(/\n/g)?.length ?? 0);
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)$/, "")
      .replace(/ in JSON at position \d+$/, "")
      .replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, "");
    throw new InputError(file, `invalid JSON: ${reason}`, String(line));
  }
}

/** V8 shows this many characters either side of an unexpected token. */
const CONTEXT = 10;

/**
 * Where JSON.parse stopped, from its message: "at position N", or for an unexpected token the text
 * shown around it (`..."<10 before><10 after>"...`), which is located back in the input.
 */
function errorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const token = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!token) return text.length; // unexpected end of input
  const [, character = "", before, shown = "", after] = token;
  if (before && after) {
    const at = text.indexOf(shown);
    return at < 0 ? text.length : at + CONTEXT;
  }
  if (after) return shown.length - CONTEXT;
  if (before) return text.length - shown.length + CONTEXT;
  return Math.max(0, text.indexOf(character));
}

/** Articles from a `.json` file: one record or an array of records. Bad records are returned as errors. */
export function jsonFileArticles(content: string, file: string, baseId: string): (SourceArticle | InputError)[] {
  const parsed = parseJson(content, file);
  if (!Array.isArray(parsed)) return [recordToArticle(parsed, file, baseId)];
  if (!parsed.length) throw new InputError(file, "empty array: no records");
  return parsed.map((record, i) => {
    try {
      return recordToArticle(record, file, `${baseId}-${i + 1}`, `record ${i + 1}`);
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
  });
}
