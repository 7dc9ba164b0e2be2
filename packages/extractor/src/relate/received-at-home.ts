import type { Relation } from "@news-kg/schema";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import { countryOf, type VenueEvent, venueEventOf } from "./visits-at-venue.ts";

/** A meeting told as its host receiving a guest in person, in a sentence that names no place for it. */
export interface Reception {
  host: string;
  meeting: Relation;
}

/**
 * "Chủ tịch UBND tỉnh Y A tiếp B", "Thứ trưởng Bộ Z A đã tiếp Bộ trưởng W B": a guest received with no place told is
 * received where the host holds office: the place a local office is of (and its country), else the host's country.
 * Each becomes an event at home (`receivedAtHome`, see visitsAtVenue): only a guest of another country visits, not
 * an envoy nor the host's own people. A host told of no single home, or whom the article has travelling out of it, is
 * left alone: "A, on a visit to W, received B" was not at home (a visit A only plans leaves A at home).
 */
export function receptionsAtHome(receptions: Reception[], resolved: ResolvedArticle, relations: Relation[]): VenueEvent[] {
  const { byId } = resolved.entities;
  const visitsBy = (person: string) => relations.filter((r) => r.type === "VISITED" && r.status === "occurred" && r.source === person);
  const events: VenueEvent[] = [];
  for (const { host, meeting } of receptions) {
    const titles = resolved.titles.filter((t) => t.person === host && !t.former);
    const seats = new Set(titles.flatMap((t) => (t.seat ? [t.seat] : [])));
    const countries = new Set(titles.flatMap((t) => (byId.get(t.affiliation)?.type === "COUNTRY" ? [t.affiliation] : [])));
    const homes = seats.size ? seats : countries;
    if (homes.size !== 1) continue;
    const [home] = homes as Set<string>;
    const country = countryOf(home!, resolved, relations);
    if (!country) continue;
    if (visitsBy(host).some((r) => countryOf(r.target, resolved, relations) !== country)) continue;
    // The host is no visitor, though a local office ties him to his place only, not to its country.
    const guest = meeting.source === host ? meeting.target : meeting.source;
    // A guest is from abroad only by an office told of another country ("Bộ trưởng Y tế Z B"), or the lexicon's
    // country: a firm's director of no told country may be the host's own.
    const abroad = (id: string) => {
      const of = countryOf(id, resolved, relations);
      return of !== undefined && of !== country;
    };
    const guestTitles = resolved.titles.filter((t) => t.person === guest && !t.former);
    if (!guestTitles.some((t) => abroad(t.affiliation)) && !abroad(guest)) continue;
    // A visit the article told already is not told again, under another date: only the host's place is added to it.
    const guestVisits = visitsBy(guest);
    const countryTold = guestVisits.some((r) => byId.get(r.target)?.type === "COUNTRY" && byId.get(r.target)?.name === country);
    if (guestVisits.some((r) => r.target === home) || (countryTold && byId.get(home!)?.type === "COUNTRY")) continue;
    events.push({ ...venueEventOf(meeting, home!), people: [guest], countryToo: !countryTold, receivedAtHome: true });
  }
  return events;
}
