// The words of printed publication dates, from every pack: a page's dateline is read before its language is
// known. Each is a regular-expression source for an alternation, `(?!)` (matches nothing) when no pack has any.
import type { PublishedWords } from "../lang/language-pack.ts";
import { LANGUAGE_PACKS } from "../lang/pack-for.ts";
import { escapeRegExp } from "../text/escape-reg-exp.ts";

/** Every pack's words of one kind as an alternation, a space matching any spacing. */
function alternation(of: (words: PublishedWords) => readonly string[]): string {
  const phrases = LANGUAGE_PACKS.flatMap((pack) => (pack.published ? of(pack.published) : []));
  if (!phrases.length) return "(?!)";
  return `(?:${phrases.map((p) => escapeRegExp(p).replace(/ /g, String.raw`\s+`)).join("|")})`;
}

/** A weekday as datelines print it. */
export const WEEKDAY = alternation((w) => w.weekdays);
/** A weekday as date fields may print it: also an opener with any word ("thứ 4"). */
export const LOOSE_WEEKDAY = `(?:${alternation((w) => w.weekdayOpeners)}\\s+\\S+|${WEEKDAY})`;
export const LABEL = alternation((w) => w.labels);
export const DAY_WORD = alternation((w) => w.dayWords);
export const MONTH_WORD = alternation((w) => w.monthWords);
export const YEAR_WORD = alternation((w) => w.yearWords);
