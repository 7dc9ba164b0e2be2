// Vietnamese date expressions: "13/9/2023", "tháng 9 năm ngoái", "hôm thứ Hai", "hôm qua".
import { dayMonth, monthOnly, shiftDay, shiftMonth, shiftWeek, shiftYear, validYear, weekday, ym, ymd } from "../../dates/calendar.ts";
import type { DatePattern } from "../../dates/date-pattern.ts";
import type { DateRules } from "../language-pack.ts";

const DAY_WORDS = "ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng|sáng sớm|chiều tối";
const YEAR_SHIFT: Record<string, number> = { ngoái: -1, trước: -1, nay: 0, sau: 1, tới: 1 };
const MONTH_SHIFT: Record<string, number> = { trước: -1, này: 0, tới: 1, sau: 1 };
/** "sáng nay" (this morning), "tối qua" (last night): a part of today or of yesterday. */
const PART_OF_DAY = "sáng|chiều|tối|trưa|đêm";
const DAY_SHIFT: Record<string, number> = { nay: 0, qua: -1 };
/** Monday first: "thứ Hai" is the second day of the week counted from Sunday. */
const WEEKDAYS = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"];
const YESTERDAY = "hôm qua";
/** Words that make a following month or year a target or a bound, not when something happened: "đến năm 2030". */
const BOUNDS = "(?:đến|tới|trước|sau|hướng tới|vào khoảng)\\s+";

const PATTERNS: DatePattern[] = [
  // "12-17/9/2023", "từ ngày 22 đến 25/11/2021": a range starts on its first day.
  {
    needs: ["digit"],
    pattern: /\b(\d{1,2})\s*(?:-|–|đến|tới)\s*\d{1,2}\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})\b/gu,
    resolve: (m) => ymd(+m[3]!, +m[2]!, +m[1]!),
  },
  // "13/9/2023", "29.3.2022", "13-9-2023"
  { needs: ["digit"], pattern: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/gu, resolve: (m) => ymd(+m[4]!, +m[3]!, +m[1]!) },
  // "tháng 9/2023", "tháng 7.2000", "tháng 9 năm 2023"
  {
    needs: ["digit", "tháng"],
    pattern: new RegExp(`(?<!${BOUNDS})\\btháng\\s+(\\d{1,2})\\s*(?:[/.]|\\s+năm\\s+)(\\d{4})\\b`, "giu"),
    resolve: (m) => ym(+m[2]!, +m[1]!),
  },
  // "tháng 9 năm ngoái", "tháng 1 năm nay", "tháng 4 năm sau"
  {
    needs: ["digit", "tháng"],
    pattern: /\btháng\s+(\d{1,2})\s+năm\s+(ngoái|nay|trước|sau|tới)\b/giu,
    resolve: (m, ref) => (ref.year ? ym(ref.year + YEAR_SHIFT[m[2]!]!, +m[1]!) : undefined),
  },
  // "ngày 20/1", "hôm 16.1", "sáng 19-6": day and month need a word before them, or they are numbers.
  {
    needs: ["digit"],
    pattern: new RegExp(`(?:${DAY_WORDS})\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\b(?![/.-]?\\d)`, "giu"),
    resolve: (m, ref) => dayMonth(+m[1]!, +m[2]!, ref),
  },
  // "tháng 9"
  { needs: ["digit", "tháng"], pattern: /\btháng\s+(\d{1,2})\b(?![/.]\d)/giu, resolve: (m, ref) => monthOnly(+m[1]!, ref) },
  // "năm 2023", "vào năm 1999"; not a target or a bound ("đến năm 2030", "trước năm 2025"): no event's date.
  { needs: ["digit", "năm"], pattern: new RegExp(`(?<!${BOUNDS})\\bnăm\\s+(\\d{4})\\b`, "giu"), resolve: (m) => validYear(+m[1]!) },
  // "tháng trước", "tháng này", "tháng tới": a month counted from publication
  {
    needs: ["tháng"],
    pattern: /\btháng\s+(trước|này|tới|sau)\b/giu,
    resolve: (m, ref) => shiftMonth(ref, MONTH_SHIFT[m[1]!.toLowerCase()]!),
  },
  // "hôm thứ Hai", "vào Chủ nhật": a weekday near publication. Capitalized only: "lần thứ hai" is an ordinal.
  {
    needs: ["thứ"],
    pattern:
      /(?:[Hh]ôm|[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Vv]ào)\s+(?:[Tt]hứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+[Nn]hật)(?![\p{L}\p{M}])/gu,
    resolve: (m, ref) => weekday(m[1] ? WEEKDAYS.indexOf(m[1]) + 1 : 0, ref),
  },
  { needs: ["năm"], pattern: /\bnăm\s+(ngoái|trước|sau|tới)\b/giu, resolve: (m, ref) => shiftYear(ref, YEAR_SHIFT[m[1]!]!) },
  { needs: ["năm"], pattern: /\bnăm\s+nay\b/giu, resolve: (_m, ref) => shiftYear(ref, 0) },
  {
    needs: ["hôm"],
    pattern: /\b(hôm nay|hôm qua)\b/giu,
    resolve: (m, ref) => (ref.day ? shiftDay(ref, m[1]!.toLowerCase() === YESTERDAY ? -1 : 0) : undefined),
  },
  {
    needs: ["part"],
    pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${PART_OF_DAY})\\s+(nay|qua)(?![\\p{L}\\p{M}])`, "giu"),
    resolve: (m, ref) => (ref.day ? shiftDay(ref, DAY_SHIFT[m[1]!.toLowerCase()]!) : undefined),
  },
  // "tuần trước", "tuần này", "tuần tới": the calendar week's month, when all its days fall in one.
  { needs: ["tuần"], pattern: /\btuần\s+(trước|này|tới|sau)\b/giu, resolve: (m, ref) => shiftWeek(ref, MONTH_SHIFT[m[1]!.toLowerCase()]!) },
  { needs: ["mai"], pattern: /\bngày mai\b/giu, resolve: (_m, ref) => (ref.day ? shiftDay(ref, 1) : undefined) },
];

export const VI_DATES: DateRules = {
  gates: {
    tháng: ["tháng"],
    năm: ["năm"],
    hôm: ["hôm"],
    thứ: ["thứ", "chủ nhật"],
    mai: ["ngày mai"],
    part: ["nay", "qua"],
    tuần: ["tuần"],
  },
  patterns: PATTERNS,
};
