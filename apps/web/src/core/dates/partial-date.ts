const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01, UTC) of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** `YYYY-MM-DD` for a day number. */
export function dayToIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The days a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) may stand for, as an inclusive
 * [first, last] range of day numbers; undefined if the text is not such a date.
 */
export function partialDateRange(date: string): [number, number] | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[3]) {
    const day = dayNumber(year, Number(match[2]), Number(match[3]));
    return [day, day];
  }
  if (match[2]) {
    const month = Number(match[2]);
    return [dayNumber(year, month, 1), dayNumber(year, month + 1, 1) - 1];
  }
  return [dayNumber(year, 1, 1), dayNumber(year + 1, 1, 1) - 1];
}
