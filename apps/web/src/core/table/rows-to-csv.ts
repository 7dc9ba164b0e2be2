import type { DocumentIndex } from "../data/document-index.ts";
import type { RelationRow } from "./relation-row.ts";

const HEADER = [
  "relation_id",
  "source",
  "type",
  "target",
  "status",
  "date",
  "date_from",
  "evidence_count",
  "sentence",
  "article_id",
  "article_title",
  "article_outlet",
  "article_published",
  "article_url",
];

/** Spreadsheets run cells starting with these as formulas; a leading quote keeps article text inert. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | undefined): string {
  const text = String(value ?? "");
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The table as CSV (RFC 4180, CRLF line ends): one line per evidence sentence, so every sentence a
 * relation rests on is there with its article; the relation's columns repeat on each of its lines.
 */
export function rowsToCsv(rows: readonly RelationRow[], index: DocumentIndex): string {
  const lines = [HEADER.join(",")];
  for (const row of rows) {
    const { relation } = row;
    const shared = [
      relation.id,
      row.sourceName,
      relation.type,
      row.targetName,
      relation.status,
      row.date?.date,
      row.date?.from,
      row.evidenceCount,
    ];
    for (const evidence of relation.evidence) {
      const article = index.articles.get(evidence.articleId);
      lines.push(
        [...shared, evidence.sentence, evidence.articleId, article?.title, article?.source, article?.published, article?.url]
          .map(cell)
          .join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
