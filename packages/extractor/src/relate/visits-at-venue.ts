import type { Relation } from "@news-kg/schema";
import { personSides } from "../resolve/person-sides.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import { buildRelation } from "./build-relation.ts";

/** A meeting or signing, and the country it took place in (see venueOf). */
export interface VenueEvent {
  relation: Relation;
  venue: string;
}

/** The rule of a visit read from an event's setting. */
const VENUE_VISIT_RULE = "visited-venue";

/** Less sure than a visit stated: it is read from where an event took place. */
const VENUE_VISIT_CONFIDENCE = 0.7;

/**
 * "Ruto held talks with Xi in Beijing": whoever takes part in a meeting or signing held in a country not their
 * own has visited it, with the event's status and date. A person whose side the article and lexicon do not say
 * is left alone: the host is not a visitor.
 */
export function visitsAtVenue(events: VenueEvent[], resolved: ResolvedArticle): Relation[] {
  const sides = personSides(resolved);
  const visits: Relation[] = [];
  for (const { relation, venue } of events) {
    const place = resolved.entities.byId.get(venue);
    for (const person of [relation.source, relation.target]) {
      const own = sides.get(person);
      if (!place || resolved.entities.byId.get(person)?.type !== "PERSON" || !own?.size || own.has(place.name)) continue;
      const rule = VENUE_VISIT_RULE;
      const candidate = {
        type: "VISITED" as const,
        source: person,
        target: venue,
        status: relation.status,
        rule,
        confidence: VENUE_VISIT_CONFIDENCE,
      };
      visits.push(buildRelation(relation.date ? { ...candidate, date: relation.date } : candidate, { ...relation.evidence[0]!, rule }));
    }
  }
  return visits;
}
