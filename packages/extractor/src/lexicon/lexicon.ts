import type { EntityType } from "@news-kg/schema";
import { nameKey } from "../text/name-key.ts";
import type { LexiconData } from "./lexicon-data.ts";

export interface LexiconEntry {
  name: string;
  type: EntityType;
  /** Canonical country this entry belongs to (people: whom they serve; places: where they are). */
  country?: string;
  /** The office a person is known for (an office role). */
  office?: string;
  /** For people of international bodies: the organization they serve (Guterres → United Nations). */
  org?: string;
  /** A continent or a region of several countries ("Europe", "the Middle East"). */
  region?: boolean;
  /** A territory that governs itself under its country ("Hong Kong", "Greenland"): its offices are its own. */
  selfGoverning?: boolean;
  /** A capital's city, named as a place ("tại Viên (Áo)"): as a destination it is its country (`country`). */
  capital?: boolean;
  /** A party or movement whose officers hold their office in it, not in its country ("ANC president X"). */
  ownOffices?: boolean;
  /** A person's gender, when the lexicon tells it: "her" does not stand for a man. */
  gender?: "female" | "male";
  /** The years a person held `office`, as [first, last] spans (no last: still held). */
  tenure?: readonly (readonly [number, number?])[];
  /** Short forms that name the entry only after an honorific or office ("ông Putin", "Chủ tịch Tập"). */
  short: string[];
  aliases: string[];
  /**
   * A body the article itself names and gives a short form in brackets ("Tổng công ty X (ABC)"), not a lexicon entry:
   * identified as a new name is, so the short form and the full name are one entity.
   */
  defined?: boolean;
}

export interface Office {
  cue: string;
  role: string;
  leader: boolean;
  /** The body the cue itself names ("Tổng Thư ký NATO"). */
  org?: string;
  /** An office of a city or province ("Thị trưởng Kiev"): a place or capital after it names no country it serves. */
  local?: boolean;
  /** An office of the ruling party of its holder's country ("Tổng Bí thư"). */
  party?: boolean;
  /** A plural cue ("Foreign Ministers"): every name joined after it holds the office. */
  plural?: boolean;
  /** An office of a company ("Chief Executive"): held in the company, not in the company's country. */
  corporate?: boolean;
}

export interface NameKey {
  entry: LexiconEntry;
  /** Written with a capital: matches only capitalized text ("Anh" the country, not "anh" the pronoun). */
  cased: boolean;
}

/** A compiled lexicon: folded surface form → entry. */
export interface Lexicon {
  /** Full names and aliases, capitals and seats (which act for their country). */
  names: Map<string, NameKey>;
  /** Short forms of people. */
  shortNames: Map<string, LexiconEntry[]>;
  /** Office cues, folded. */
  offices: Map<string, Office>;
  /** Every word prefix of every alias and office cue ("kim", "kim jong", "kim jong un"): the matcher stops growing a key once it leaves this set. */
  prefixes: Set<string>;
  /** Demonyms, folded ("north korean"): the adjective of a country, which may also name one of its people. */
  demonyms: Set<string>;
  /**
   * Capitals, folded ("kiev"), each with the city as a place of its own (named as the lexicon names the capital, in
   * its country): a capital stands for its country, except after an office of a place and where the text names it
   * as a place set in its country ("tại Viên (Áo)").
   */
  capitals: Map<string, LexiconEntry>;
  byName: Map<string, LexiconEntry>;
  /** The party that rules a country, by the country's name. */
  rulingParties: Map<string, LexiconEntry>;
}

/** Merges lexicon files in order (later files win on conflicts) and indexes them for matching. */
export function compileLexicon(parts: LexiconData[]): Lexicon {
  const byName = new Map<string, LexiconEntry>();
  const offices = new Map<string, Office>();
  const rulingParties = new Map<string, string>();
  const add = (entry: LexiconEntry, extra: string[] = []) => {
    const existing = byName.get(entry.name);
    if (existing) {
      existing.aliases.push(...entry.aliases, ...extra);
      existing.short.push(...entry.short);
      existing.country = entry.country ?? existing.country;
      existing.org = entry.org ?? existing.org;
      existing.office = entry.office ?? existing.office;
      existing.region = entry.region ?? existing.region;
      existing.selfGoverning = entry.selfGoverning ?? existing.selfGoverning;
      existing.gender = entry.gender ?? existing.gender;
      existing.tenure = entry.tenure ?? existing.tenure;
    } else byName.set(entry.name, { ...entry, aliases: [...entry.aliases, ...extra] });
  };
  for (const part of parts) {
    for (const c of part.countries)
      add({ name: c.name, type: "COUNTRY", aliases: c.aliases, short: [] }, [...c.capitals, ...c.seats, ...c.demonyms]);
    for (const o of part.organizations) {
      const country = o.government && o.country ? byName.get(o.country) : undefined;
      if (country) country.aliases.push(o.name, ...o.aliases);
      else
        add({
          name: o.name,
          type: "ORGANIZATION",
          aliases: o.aliases,
          short: [],
          country: o.country ?? undefined,
          ...(o.ownOffices ? { ownOffices: true } : {}),
        });
      if (o.ruling && o.country) rulingParties.set(o.country, o.name);
    }
    for (const p of part.people) {
      add({
        name: p.name,
        type: "PERSON",
        aliases: p.aliases,
        short: p.short,
        country: p.country ?? undefined,
        org: p.org ?? undefined,
        office: p.office ?? undefined,
        ...(p.gender ? { gender: p.gender } : {}),
        ...(p.tenure ? { tenure: p.tenure } : {}),
      });
    }
    for (const l of part.locations)
      add({
        name: l.name,
        type: "LOCATION",
        aliases: l.aliases,
        short: [],
        country: l.country ?? undefined,
        ...(l.region ? { region: true } : {}),
        ...(l.selfGoverning ? { selfGoverning: true } : {}),
      });
    for (const o of part.offices)
      offices.set(nameKey(o.cue), {
        cue: o.cue,
        role: o.role,
        leader: o.leader ?? false,
        ...(o.org ? { org: o.org } : {}),
        ...(o.local ? { local: true } : {}),
        ...(o.party ? { party: true } : {}),
        ...(o.plural ? { plural: true } : {}),
        ...(o.corporate ? { corporate: true } : {}),
      });
  }
  const names = new Map<string, NameKey>();
  const shortNames = new Map<string, LexiconEntry[]>();
  for (const entry of byName.values()) {
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = nameKey(surface);
      if (key && !names.has(key)) names.set(key, { entry, cased: /^\p{Lu}/u.test(surface) });
    }
    for (const surface of entry.short) {
      const key = nameKey(surface);
      shortNames.set(key, [...(shortNames.get(key) ?? []), entry]);
    }
  }
  const prefixes = wordPrefixes([...names.keys(), ...offices.keys()]);
  const demonyms = new Set(parts.flatMap((part) => part.countries.flatMap((c) => c.demonyms.map(nameKey))));
  const capitals = new Map(
    parts.flatMap((part) =>
      part.countries.flatMap((c) => {
        const [name, ...aliases] = c.capitals;
        if (!name) return [];
        const city: LexiconEntry = { name, type: "LOCATION", country: c.name, capital: true, aliases, short: [] };
        return c.capitals.map((surface) => [nameKey(surface), city] as const);
      }),
    ),
  );
  const parties = new Map([...rulingParties].flatMap(([country, party]) => (byName.has(party) ? [[country, byName.get(party)!]] : [])));
  return { names, shortNames, offices, prefixes, byName, demonyms, capitals, rulingParties: parties };
}

/** "a b c" → "a", "a b", "a b c", for every key. */
export function wordPrefixes(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) {
    for (let at = key.indexOf(" "); at !== -1; at = key.indexOf(" ", at + 1)) prefixes.add(key.slice(0, at));
    prefixes.add(key);
  }
  return prefixes;
}
