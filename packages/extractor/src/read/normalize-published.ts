// Publication dates arrive as ISO strings, datelines as pages print them (the packs' words) or RFC 2822
// strings; the graph wants `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when that is all the input says).
import { DAY_WORD, LOOSE_WEEKDAY, MONTH_WORD, YEAR_WORD } from "./published-patterns.ts";

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d.*)?$/;
/** Optional weekday, then day/month/year, then anything (time, zone). */
const DAY_MONTH_YEAR = new RegExp(String.raw`^(?:${LOOSE_WEEKDAY}\s*,?\s*)?(?:${DAY_WORD}\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b`, "iu");
/** "ngày 19 tháng 6 năm 2024". */
const WORDED = new RegExp(String.raw`^(?:${DAY_WORD}\s+)?(\d{1,2})\s+${MONTH_WORD}\s+(\d{1,2})\s*(?:${YEAR_WORD}|,|\/)\s*(\d{4})\b`, "iu");
/** A time first, then the date: the way some sites print timestamps ("14:37 19/06/2024"). */
const TIME_FIRST = /^\d{1,2}[:h]\d{2}(?::\d{2})?\s*,?\s*(?:-\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/iu;

const pad = (n: number) => String(n).padStart(2, "0");

function ymd(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 2999) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `YYYY[-MM[-DD]]` for a date string in any accepted form, or undefined when it is not one. */
export function normalizePublished(input: string | undefined | null): string | undefined {
  const text = String(input ?? "")
    .normalize("NFC")
    .trim();
  if (!text) return undefined;
  const iso = ISO.exec(text);
  if (iso) return ymd(Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const dmy = DAY_MONTH_YEAR.exec(text) ?? WORDED.exec(text) ?? TIME_FIRST.exec(text);
  if (dmy) return ymd(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  // RFC 2822 and English forms ("Wed, 19 Jun 2024 07:37:00 GMT", "June 19, 2024"), only when they name a year.
  if (!/\b\d{4}\b/.test(text)) return undefined;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return undefined;
  const date = new Date(parsed);
  return ymd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
