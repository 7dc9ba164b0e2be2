import type { Lexicon, LexiconEntry } from "../lexicon/lexicon.ts";
import { nameKey } from "../text/name-key.ts";

/**
 * The place of a dateline: what comes before its date, outlet or dash ("SEOUL, June 19 (Reuters) -" → "SEOUL"), or a
 * day written without a comma ("Bắc Kinh 9-5 (TTXVN) -").
 */
const PLACE = /^(.+?)(?:,|\s*\(|\s+(?:-{1,2}|–|—)|\s+\d)/u;

/** The country a dateline's place (see datelinePlace) is in: itself, or the country of a place in one. */
export function datelineCountry(place: LexiconEntry | undefined): string | undefined {
  if (place?.type === "COUNTRY") return place.name;
  return place?.type === "LOCATION" ? (place.country ?? undefined) : undefined;
}

/**
 * The lexicon's entry for a dateline's one place: a country (a capital stands for it) or a place in one; undefined for
 * no dateline, several places ("HANOI/BEIJING"), or a place the lexicon does not know. A longer name the lexicon lacks
 * is tried by its last word ("Metro Manila" → Manila).
 */
export function datelinePlace(dateline: string | undefined, lexicon: Lexicon): LexiconEntry | undefined {
  const place = dateline && PLACE.exec(dateline)?.[1]?.trim();
  if (!place || place.includes("/")) return undefined;
  const key = nameKey(place);
  const entry = (lexicon.names.get(key) ?? lexicon.names.get(key.split(" ").at(-1)!))?.entry;
  return entry?.type === "COUNTRY" || entry?.type === "LOCATION" ? entry : undefined;
}
