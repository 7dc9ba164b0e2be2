/** A date expression found in a sentence, resolved to `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface FoundDate {
  start: number;
  end: number;
  value: string;
  /**
   * For a date without a year that `value` places before publication: the reading after it, which is the
   * right one for a planned event ("sẽ thăm vào tháng 5", published in March, is May of the same year).
   */
  ahead?: string;
}

/** A year-less date reads two ways: looking back from publication (reports) and ahead of it (plans). */
type Reading = string | { past: string; ahead: string };

const DAY_WORDS = "ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng|sáng sớm|chiều tối";
const YEAR_SHIFT: Record<string, number> = { ngoái: -1, trước: -1, nay: 0, sau: 1, tới: 1 };
const MONTH_SHIFT: Record<string, number> = { trước: -1, này: 0, tới: 1, sau: 1 };
const AHEAD_MS = 60 * 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** What a sentence must contain for a pattern to be worth running: most sentences hold no date at all. */
type Gate = "digit" | "tháng" | "năm" | "hôm" | "thứ" | "mai";

// Order matters: longer forms first; a match blanks its text so shorter forms don't match inside it.
const PATTERNS: { needs: Gate[]; pattern: RegExp; resolve: (m: RegExpExecArray, ref: Reference) => Reading | undefined }[] = [
  // "12-17/9/2023", "từ ngày 22 đến 25/11/2021": a range starts on its first day.
  {
    needs: ["digit"],
    pattern: /\b(\d{1,2})\s*(?:-|–|đến|tới)\s*\d{1,2}\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})\b/gu,
    resolve: (m) => ymd(+m[3]!, +m[2]!, +m[1]!),
  },
  // "13/9/2023", "29.3.2022", "13-9-2023"
  { needs: ["digit"], pattern: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/gu, resolve: (m) => ymd(+m[4]!, +m[3]!, +m[1]!) },
  // "tháng 9/2023", "tháng 7.2000", "tháng 9 năm 2023"
  { needs: ["digit", "tháng"], pattern: /\btháng\s+(\d{1,2})\s*(?:[/.]|\s+năm\s+)(\d{4})\b/giu, resolve: (m) => ym(+m[2]!, +m[1]!) },
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
  // "năm 2023", "vào năm 1999"
  { needs: ["digit", "năm"], pattern: /\bnăm\s+(\d{4})\b/giu, resolve: (m) => validYear(+m[1]!) },
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
  {
    needs: ["năm"],
    pattern: /\bnăm\s+(ngoái|trước|sau|tới)\b/giu,
    resolve: (m, ref) => (ref.year ? String(ref.year + YEAR_SHIFT[m[1]!]!) : undefined),
  },
  { needs: ["năm"], pattern: /\bnăm\s+nay\b/giu, resolve: (_m, ref) => (ref.year ? String(ref.year) : undefined) },
  {
    needs: ["hôm"],
    pattern: /\b(hôm nay|hôm qua)\b/giu,
    resolve: (m, ref) => (ref.day ? shiftDay(ref, m[1]!.toLowerCase() === "hôm qua" ? -1 : 0) : undefined),
  },
  { needs: ["mai"], pattern: /\bngày mai\b/giu, resolve: (_m, ref) => (ref.day ? shiftDay(ref, 1) : undefined) },
];

interface Reference {
  year?: number;
  month?: number;
  day?: string;
}

/** Every date expression in a sentence, resolved against the article's publication date (`YYYY[-MM[-DD]]`). */
export function findDates(sentence: string, published?: string): FoundDate[] {
  const [y, mo] = (published ?? "").split("-").map(Number);
  const ref: Reference = {
    year: y || undefined,
    month: mo || undefined,
    day: /^\d{4}-\d{2}-\d{2}$/.test(published ?? "") ? published : undefined,
  };
  const lower = sentence.toLowerCase();
  const open: Record<Gate, boolean> = {
    digit: /\d/.test(sentence),
    tháng: lower.includes("tháng"),
    năm: lower.includes("năm"),
    hôm: lower.includes("hôm"),
    thứ: lower.includes("thứ") || lower.includes("chủ nhật"),
    mai: lower.includes("ngày mai"),
  };
  let text = sentence;
  const found: FoundDate[] = [];
  for (const { needs, pattern, resolve } of PATTERNS) {
    if (!needs.every((gate) => open[gate])) continue;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text))) {
      const reading = resolve(match, ref);
      const at = { start: match.index, end: match.index + match[0].length };
      if (typeof reading === "string") found.push({ ...at, value: reading });
      else if (reading) found.push({ ...at, value: reading.past, ahead: reading.ahead });
      text = text.slice(0, match.index) + " ".repeat(match[0].length) + text.slice(match.index + match[0].length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function validYear(year: number): string | undefined {
  return year >= 1800 && year <= 2199 ? String(year) : undefined;
}

function ym(year: number, month: number): string | undefined {
  return month >= 1 && month <= 12 && validYear(year) ? `${year}-${pad(month)}` : undefined;
}

function ymd(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!validYear(year) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Day and month without a year: the publication year, or the year before when that would be well after
 * publication (announced events a few weeks ahead keep the publication year).
 */
function dayMonth(day: number, month: number, ref: Reference): Reading | undefined {
  if (!ref.year) return undefined;
  const value = ymd(ref.year, month, day);
  if (!value) return undefined;
  const earlier = ymd(ref.year - 1, month, day);
  if (earlier && ref.day && Date.parse(value) - Date.parse(ref.day) > AHEAD_MS) return { past: earlier, ahead: value };
  if (earlier && !ref.day && ref.month && month > ref.month) return { past: earlier, ahead: value };
  const later = ymd(ref.year + 1, month, day);
  // Ahead means next year only when well before publication: a plan dated a few days back is still this year's.
  if (later && ref.day && Date.parse(ref.day) - Date.parse(value) > AHEAD_MS) return { past: value, ahead: later };
  if (later && !ref.day && ref.month && month < ref.month - 1) return { past: value, ahead: later };
  return value;
}

function monthOnly(month: number, ref: Reference): Reading | undefined {
  if (!ref.year || month < 1 || month > 12) return undefined;
  if (ref.month && month > ref.month) return { past: ym(ref.year - 1, month)!, ahead: ym(ref.year, month)! };
  if (ref.month && month < ref.month - 1) return { past: ym(ref.year, month)!, ahead: ym(ref.year + 1, month)! };
  return ym(ref.year, month);
}

/** Monday first: "thứ Hai" is the second day of the week counted from Sunday. */
const WEEKDAYS = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"];

/** The weekday (0 = Sunday) last seen on or before publication; ahead, the next one on or after it. */
function weekday(day: number, ref: Reference): Reading | undefined {
  if (!ref.day) return undefined;
  const published = new Date(`${ref.day}T00:00:00Z`).getUTCDay();
  const back = (published - day + 7) % 7;
  if (back === 0) return ref.day;
  return { past: shiftDay(ref, -back), ahead: shiftDay(ref, 7 - back) };
}

function shiftMonth(ref: Reference, months: number): string | undefined {
  if (!ref.year || !ref.month) return undefined;
  const index = ref.year * 12 + ref.month - 1 + months;
  return ym(Math.floor(index / 12), (index % 12) + 1);
}

function shiftDay(ref: Reference, days: number): string {
  const date = new Date(`${ref.day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
