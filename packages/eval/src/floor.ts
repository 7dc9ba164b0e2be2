/** `eval-floor.json`: the micro F1 each language is expected to keep on the dev corpus. */
export interface FloorDoc {
  [lang: string]: { f1: number } | string | undefined;
  note?: string;
}

export interface FloorCheck {
  lang: string;
  f1: number;
  floor: number;
  /** `floor - f1`, rounded to 6 decimals (positive: below the floor). */
  drop: number;
  ok: boolean;
}

/** How far below its floor a language's F1 may fall before the check fails. */
export const FLOOR_TOLERANCE = 0.02;

/**
 * Compares measured micro F1 per language with the floors: a language fails when it is more than `tolerance` below
 * its floor (compared at 6 decimals, so that exactly `tolerance` below passes). A floor with no measurement fails.
 */
export function checkFloors(measured: Record<string, number>, floors: FloorDoc, tolerance = FLOOR_TOLERANCE): FloorCheck[] {
  const out: FloorCheck[] = [];
  for (const [lang, entry] of Object.entries(floors)) {
    if (typeof entry !== "object" || typeof entry?.f1 !== "number") continue;
    const f1 = measured[lang] ?? Number.NaN;
    const drop = Math.round((entry.f1 - f1) * 1e6) / 1e6;
    out.push({ lang, f1, floor: entry.f1, drop, ok: drop <= Math.round(tolerance * 1e6) / 1e6 });
  }
  return out;
}
