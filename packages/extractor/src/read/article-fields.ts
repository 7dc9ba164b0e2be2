import type { SourceArticle } from "../types.ts";
import { InputError } from "./input-error.ts";
import { normalizePublished } from "./normalize-published.ts";

/** Metadata an input may give about its article (front matter, a JSON record, HTML meta tags). */
export type ArticleFields = Partial<Pick<SourceArticle, "id" | "title" | "url" | "published" | "lang" | "source">>;

const STRING_FIELDS = ["title", "url", "lang", "source"] as const;

/**
 * Picks the known metadata fields from a parsed record, checking their types.
 * Unknown fields are ignored; a `published` that is not a recognizable date is dropped rather than fatal.
 */
export function pickArticleFields(record: Record<string, unknown>, file: string, place?: string): ArticleFields {
  const fields: ArticleFields = {};
  for (const name of STRING_FIELDS) {
    const value = record[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") throw new InputError(file, `field "${name}" must be a string`, place);
    if (value.trim()) fields[name] = value.trim();
  }
  const id = record.id;
  if (id !== undefined && id !== null) {
    if (typeof id !== "string" && typeof id !== "number") throw new InputError(file, `field "id" must be a string or a number`, place);
    if (String(id).trim()) fields.id = String(id).trim();
  }
  const published = record.published;
  if (published !== undefined && published !== null) fields.published = publishedDate(published, file, place);
  return fields;
}

/** A SourceArticle from its text and fields, leaving out fields that are unknown. */
export function makeSourceArticle(file: string, text: string, defaultId: string, fields: ArticleFields): SourceArticle {
  const article: SourceArticle = { id: fields.id ?? defaultId, file, text };
  for (const name of ["title", "url", "published", "lang", "source"] as const) {
    const value = fields[name];
    if (value !== undefined) article[name] = value;
  }
  return article;
}

/** A date string as is; a number as a Unix time (seconds, or milliseconds when that large); a YAML date. */
function publishedDate(value: unknown, file: string, place?: string): string | undefined {
  if (typeof value === "string") return normalizePublished(value);
  if (value instanceof Date) return normalizePublished(value.toISOString());
  if (typeof value === "number" && Number.isFinite(value)) {
    return normalizePublished(new Date(value > 1e11 ? value : value * 1000).toISOString());
  }
  throw new InputError(file, `field "published" must be a date`, place);
}
