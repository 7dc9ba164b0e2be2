// Photo captions end with a credit. The credit is furniture; the caption's description is kept, because it
// often states the article's facts (who met whom, where) and is part of what the article reports.
import type { FurnitureRules } from "../lang/language-pack.ts";

/** How far from a line's end a credit's colon may be. */
const CREDIT_TAIL = 80;

/** A line without its trailing photo credit (empty when the line was only a credit). */
export function stripPhotoCredit(line: string, rules: FurnitureRules): string {
  if (!line.includes(":", line.length - CREDIT_TAIL)) return line; // cheap exit for the many lines without a credit
  const match = rules.creditAfterMark.exec(line) ?? rules.creditAfterSpace.exec(line);
  if (!match) return line;
  // A credit names an agency or photographer: no sentence inside it.
  if (/[.!?]\s/.test(match[0])) return line;
  return line.slice(0, match.index).trim();
}
