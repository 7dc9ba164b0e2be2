// English date expressions: "June 19, 2024", "19 June", "last month", "last week", "on Tuesday", "in 2000", datelines.
import { dayMonth, monthOnly, shiftDay, shiftMonth, shiftWeek, shiftYear, validYear, weekday, ym, ymd } from "../../dates/calendar.ts";
import type { DatePattern } from "../../dates/date-pattern.ts";
import type { DateRules } from "../language-pack.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month name, capitalized (lower-case "may" is a verb), full or abbreviated. */
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** The days named from today, capitalized at a sentence's start ("Today, President X ..."). */
const DAYS_FROM_TODAY = ["today", "yesterday", "tomorrow", "tonight"];
/** A month, weekday or day name: a capitalized word that names a date, never a person. */
export const CALENDAR_WORD = new RegExp(`^(?:${MONTH}|${[...WEEKDAYS, ...DAYS_FROM_TODAY].join("|")})$`, "i");
const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };
const DAY_SHIFT: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const PATTERNS: DatePattern[] = [
  // "June 19, 2024", "Jan. 30, 2024", "Feb. 27-28, 2019"
  {
    needs: ["digit", "month"],
    pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})\b`, "gu"),
    resolve: (m) => ymd(+m[3]!, month(m[1]!), +m[2]!),
  },
  // "19 June 2024"
  {
    needs: ["digit", "month"],
    pattern: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, "gu"),
    resolve: (m) => ymd(+m[3]!, month(m[2]!), +m[1]!),
  },
  // "June 2024", "in March 2000"
  { needs: ["digit", "month"], pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, "gu"), resolve: (m) => ym(+m[2]!, month(m[1]!)) },
  // "June 19", "Feb. 27-28": a day without a year, read around publication.
  {
    needs: ["digit", "month"],
    pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\s*\d)`, "gu"),
    resolve: (m, ref) => dayMonth(+m[2]!, month(m[1]!), ref),
  },
  // "19 June"
  {
    needs: ["digit", "month"],
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\b`, "gu"),
    resolve: (m, ref) => dayMonth(+m[1]!, month(m[2]!), ref),
  },
  // "in June", "since March", "early July": a month without a day.
  {
    needs: ["month"],
    pattern: new RegExp(String.raw`\b(?:in|since|until|by|early|late|mid-?|last|this|next)\s+${MONTH}\b`, "gu"),
    resolve: (m, ref) => monthOnly(month(m[1]!), ref),
  },
  // "in 2000", "since 2018"
  { needs: ["digit"], pattern: /\b(?:in|since|until|by|of|from)\s+(\d{4})\b/giu, resolve: (m) => validYear(+m[1]!) },
  // "last month", "this month", "next month"
  { needs: ["relative"], pattern: /\b(last|this|next)\s+month\b/giu, resolve: (m, ref) => shiftMonth(ref, SHIFT[m[1]!.toLowerCase()]!) },
  // "last week", "earlier this week", "next week": the calendar week's month, when all its days fall in one.
  { needs: ["relative"], pattern: /\b(last|this|next)\s+week\b/giu, resolve: (m, ref) => shiftWeek(ref, SHIFT[m[1]!.toLowerCase()]!) },
  // "last year", "this year", "next year"
  { needs: ["relative"], pattern: /\b(last|this|next)\s+year\b/giu, resolve: (m, ref) => shiftYear(ref, SHIFT[m[1]!.toLowerCase()]!) },
  // "on Tuesday", "Tuesday": a weekday near publication. Capitalized only.
  {
    needs: ["weekday"],
    pattern: /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gu,
    resolve: (m, ref) => weekday(WEEKDAYS.indexOf(m[1]!.toLowerCase()), ref),
  },
  {
    needs: ["relative"],
    pattern: /\b(yesterday|today|tomorrow)\b/giu,
    resolve: (m, ref) => (ref.day ? shiftDay(ref, DAY_SHIFT[m[1]!.toLowerCase()]!) : undefined),
  },
];

/** "SEOUL, June 19, 2024 (Reuters) -": a dateline with its year, in the first lines of an article. */
const DATELINE = new RegExp(String.raw`^[A-Z][A-Z.'’ /-]*,\s*${MONTH}\s+(\d{1,2}),\s*(\d{4})\b`, "mu");
/** How much of an article's start may hold the dateline. */
const DATELINE_REACH = 600;

export const EN_DATES: DateRules = {
  gates: { month: MONTHS, weekday: WEEKDAYS, relative: ["last", "this", "next", "yesterday", "today", "tomorrow"] },
  patterns: PATTERNS,
  dateline(text) {
    const m = DATELINE.exec(text.slice(0, DATELINE_REACH));
    return m ? ymd(+m[3]!, month(m[1]!), +m[2]!) : undefined;
  },
};
