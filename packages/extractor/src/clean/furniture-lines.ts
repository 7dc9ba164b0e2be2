// Line classifiers for page furniture, kept apart so the block logic in drop-furniture.ts stays readable.
// What furniture looks like is the language pack's; lines are NFC, trimmed, non-empty.
import type { FurnitureRules } from "../lang/language-pack.ts";

const headingKey = (line: string) =>
  line
    .toLowerCase()
    .replace(/\s*\(\d+\)$/, "")
    .replace(/\s*[:>»]+$/, "")
    .trim();

/** Headings and widgets are short; prose lines skip their tests (most lines, and the cost of cleaning). */
const LONGEST_HEADING = 80;
const LONGEST_WIDGET = 160;
const LONGEST_TIMESTAMP = 60;
/** How much of a line's end a numbered caption takes. */
const CAPTION_TAIL = 16;

export function isBlockHeading(line: string, rules: FurnitureRules): boolean {
  if (line.length > LONGEST_HEADING) return false;
  const key = headingKey(line);
  return rules.blockHeadings.has(key) || rules.promptHeadings.some((p) => p.test(key));
}

export function isWidgetLine(line: string, rules: FurnitureRules): boolean {
  if (rules.numberedCaption.test(line.slice(-CAPTION_TAIL).toLowerCase())) return true;
  if (line.length > LONGEST_WIDGET) return false;
  const lower = line.toLowerCase();
  return rules.widgetLines.some((p) => p.test(lower));
}

export function isTimestamp(line: string, rules: FurnitureRules): boolean {
  return line.length <= LONGEST_TIMESTAMP && rules.timestamp.test(line.toLowerCase());
}

/** Ends like a sentence of prose: a full stop or ellipsis, maybe inside closing quotes or brackets. */
export function endsLikeProse(line: string): boolean {
  return /[.…]["”’'»)\]]*$/.test(line) || /[.!?…]["”’'»)\]]+$/.test(line);
}

/**
 * A short, unpunctuated line between two paragraphs of prose: the title of a linked article set into the
 * text, or a subheading, which states no more than the paragraphs around it. A line that opens a quote or a
 * list (":") stays, and so does a caption that credits its photo (its credit is stripped later).
 */
export function isInlineTitle(line: string, before: string | undefined, after: string | undefined, rules: FurnitureRules): boolean {
  if (line.length > LONGEST_INLINE_TITLE || endsLikeProse(line) || line.endsWith(":") || rules.photoCredit.test(line)) return false;
  return isParagraph(before) && isParagraph(after);
}

const LONGEST_INLINE_TITLE = 120;
const isParagraph = (line: string | undefined) => line !== undefined && line.length > LONGEST_INLINE_TITLE && endsLikeProse(line);

/**
 * A link title shown twice in a row (image alt text and anchor text run together by the scraper):
 * "Kim: an allyKim: an ally". It heads a related-article teaser.
 */
export function isDoubledTitle(line: string): boolean {
  if (line.length < 20) return false;
  for (const cut of [Math.floor(line.length / 2), Math.ceil(line.length / 2)]) {
    let second = cut;
    while (line[second] === " ") second++;
    if (line[second] !== line[0]) continue; // the usual case, decided without copying the line
    if (line.slice(0, cut).trim() === line.slice(cut).trim()) return true;
  }
  return false;
}
