// Calendar arithmetic for date patterns: a date expression resolved against the publication date.
import type { DateReference, Reading } from "./date-pattern.ts";

const AHEAD_MS = 60 * 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

export function validYear(year: number): string | undefined {
  return year >= 1800 && year <= 2199 ? String(year) : undefined;
}

export function ym(year: number, month: number): string | undefined {
  return month >= 1 && month <= 12 && validYear(year) ? `${year}-${pad(month)}` : undefined;
}

export function ymd(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!validYear(year) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Day and month without a year: the publication year, or the year before when that would be well after
 * publication (announced events a few weeks ahead keep the publication year).
 */
export function dayMonth(day: number, month: number, ref: DateReference): Reading | undefined {
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

export function monthOnly(month: number, ref: DateReference): Reading | undefined {
  if (!ref.year || month < 1 || month > 12) return undefined;
  if (ref.month && month > ref.month) return { past: ym(ref.year - 1, month)!, ahead: ym(ref.year, month)! };
  if (ref.month && month < ref.month - 1) return { past: ym(ref.year, month)!, ahead: ym(ref.year + 1, month)! };
  return ym(ref.year, month);
}

/** The weekday (0 = Sunday) last seen on or before publication; ahead, the next one on or after it. */
export function weekday(day: number, ref: DateReference): Reading | undefined {
  if (!ref.day) return undefined;
  const published = new Date(`${ref.day}T00:00:00Z`).getUTCDay();
  const back = (published - day + 7) % 7;
  if (back === 0) return ref.day;
  return { past: shiftDay(ref, -back), ahead: shiftDay(ref, 7 - back) };
}

export function shiftMonth(ref: DateReference, months: number): string | undefined {
  if (!ref.year || !ref.month) return undefined;
  const index = ref.year * 12 + ref.month - 1 + months;
  return ym(Math.floor(index / 12), (index % 12) + 1);
}

export function shiftDay(ref: DateReference, days: number): string {
  const date = new Date(`${ref.day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A year counted from publication ("năm ngoái", "last year"). */
export function shiftYear(ref: DateReference, years: number): string | undefined {
  return ref.year ? String(ref.year + years) : undefined;
}

/** Days from a Monday to the Sunday that ends its week. */
const WEEK_END = 6;

/**
 * A calendar week (Monday to Sunday) counted from the publication week ("last week", "next week"), told as
 * precisely as its days agree: their month when they share one, else their year, else nothing.
 */
export function shiftWeek(ref: DateReference, weeks: number): string | undefined {
  if (!ref.day) return undefined;
  const sinceMonday = (new Date(`${ref.day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const first = shiftDay(ref, weeks * 7 - sinceMonday);
  const last = shiftDay(ref, weeks * 7 - sinceMonday + WEEK_END);
  if (first.slice(0, 7) === last.slice(0, 7)) return first.slice(0, 7);
  return first.slice(0, 4) === last.slice(0, 4) ? first.slice(0, 4) : undefined;
}
