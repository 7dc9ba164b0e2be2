import { endsLikeProse, isBlockHeading, isDoubledTitle, isInlineTitle, isTimestamp, isWidgetLine } from "./furniture-lines.ts";
import type { FurnitureRules } from "../lang/language-pack.ts";
import { stripPhotoCredit } from "./strip-photo-credit.ts";

/** Lines at the top of a page where a title followed by a dateline is the article's own headline. */
const HEADLINE_ZONE = 2;

/**
 * The article's own lines, without page furniture:
 * - blocks under headings such as "Tin liên quan", "Tiêu điểm", "Có thể bạn quan tâm", comment and rating
 *   widgets: inside a block, titles, category labels and timestamped teasers are dropped; the block ends
 *   at the first line of prose that is not a teaser's summary;
 * - teaser titles followed by a timestamp line, and the summary that follows a teaser's timestamp;
 * - titles of linked articles set between two paragraphs;
 * - one-line widgets ("Theo dõi X trên", "Video đang HOT", "Xem thêm: …"), numbered captions
 *   ("… - Hình 1"), date-only lines, photo credits, and a line repeated right after itself.
 */
export function dropFurniture(lines: readonly string[], rules: FurnitureRules): string[] {
  const text = lines.filter((line) => line.length > 0);
  const kept: string[] = [];
  let inBlock = false;
  let summaryNext = false;
  text.forEach((line, i) => {
    if (isBlockHeading(line, rules)) {
      inBlock = true;
      summaryNext = false;
      return;
    }
    if (isDoubledTitle(line)) {
      inBlock = true;
      summaryNext = true;
      return;
    }
    if (isTimestamp(line, rules)) {
      summaryNext = inBlock;
      return;
    }
    if (isWidgetLine(line, rules)) return;
    if (summaryNext) {
      summaryNext = false;
      return;
    }
    const next = text[i + 1];
    if (next !== undefined && isTimestamp(next, rules) && (inBlock || i >= HEADLINE_ZONE)) return;
    if (!inBlock && i >= HEADLINE_ZONE && isInlineTitle(line, text[i - 1], next, rules)) return;
    if (inBlock) {
      if (!endsLikeProse(line)) return;
      inBlock = false;
    }
    const withoutCredit = stripPhotoCredit(line, rules);
    if (withoutCredit && withoutCredit !== kept.at(-1)) kept.push(withoutCredit);
  });
  return kept;
}
