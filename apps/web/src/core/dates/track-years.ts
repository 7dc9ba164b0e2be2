import { dayToIsoDate, partialDateRange } from "./partial-date.ts";

/** More years than this on the track get no buttons: they would not fit the sidebar. */
export const MAX_TRACK_YEARS = 8;

/**
 * The calendar years the time line's track touches, each with its days (1 January to 31 December, even
 * where the track starts or ends inside it): one click sets the range to a year. None when the track
 * spans more than MAX_TRACK_YEARS.
 */
export function trackYears(track: readonly [number, number]): { year: string; days: [number, number] }[] {
  const first = Number(dayToIsoDate(track[0]).slice(0, 4));
  const last = Number(dayToIsoDate(track[1]).slice(0, 4));
  if (last - first + 1 > MAX_TRACK_YEARS) return [];
  const years = [];
  for (let year = first; year <= last; year++) years.push({ year: String(year), days: partialDateRange(String(year))! });
  return years;
}
