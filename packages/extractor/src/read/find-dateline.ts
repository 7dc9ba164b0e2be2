import { normalizePublished } from "./normalize-published.ts";
import { LABEL as LABEL_WORD, WEEKDAY } from "./published-patterns.ts";

const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;
const TIME = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?`;
const ZONE = String.raw`(?:\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|[+-]\d{2}:?\d{2})`;
const LABEL = String.raw`(?:${LABEL_WORD}[^:]{0,20}:\s*)?`;
const SEP = String.raw`\s*[,|-]?\s*`;

/** A line that is nothing but a date: "19/06/2024 14:37 GMT+7", "Thứ Tư, 13/09/2023 14:35:03 +07:00". */
const DATE_FIRST_LINE = new RegExp(`^${LABEL}(?:${WEEKDAY}${SEP})?${DATE}(?:${SEP}${TIME})?(?:\\s*${ZONE})?$`, "iu");
/** Time before date ("14:37 19/06/2024"): a dateline at the top, but the mark of teaser lists at the bottom. */
const TIME_FIRST_LINE = new RegExp(`^${LABEL}(?:${WEEKDAY}${SEP})?${TIME}${SEP}(?:${WEEKDAY}${SEP})?${DATE}(?:\\s*${ZONE})?$`, "iu");

/** How many non-blank lines at each end of a page are searched. */
const EDGE_LINES = 5;

/** The publication date from a dateline in the first or last lines of a page, as `YYYY-MM-DD`. */
export function findDateline(text: string): string | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines.slice(0, EDGE_LINES);
  const last = lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES));
  for (const line of first) if (DATE_FIRST_LINE.test(line) || TIME_FIRST_LINE.test(line)) return normalizePublished(stripToDate(line));
  for (const line of last) if (DATE_FIRST_LINE.test(line)) return normalizePublished(stripToDate(line));
  return undefined;
}

/** The `d/m/yyyy` part of a dateline, so the label and time do not confuse the date parser. */
function stripToDate(line: string): string {
  return new RegExp(DATE).exec(line)?.[0] ?? line;
}
