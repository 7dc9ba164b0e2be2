import type { Evidence, Relation, RelationStatus } from "@news-kg/schema";
import { entityId } from "../resolve/article-entities.ts";
import { personPosts, personSides } from "../resolve/person-sides.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import { buildRelation } from "./build-relation.ts";

/** An event some people took part in, and the place it was set (see venueOf). */
export interface VenueEvent {
  /** A meeting's or signing's two sides, or the attendees of a ceremony (see attendanceIn). */
  people: string[];
  venue: string;
  status: RelationStatus;
  date?: Relation["date"];
  evidence: Evidence;
  /** Attendees told apart from the event went to the place's country too, when the article names it ("tại thành phố X của Y"). */
  countryToo?: boolean;
  /** A place the lexicon puts in a country, named after the event: the visit is to the country, if the article names it, else to the place. */
  countryOnly?: boolean;
  /** Set at the article's dateline, not by its sentence: a visit only where another side is of the venue's country (the host at home). */
  hostedHere?: boolean;
  /** Set where a host with no place told holds office (receptionsAtHome): a visit for any guest of another country but an envoy. */
  receivedAtHome?: boolean;
}

/** A meeting or signing read from a sentence set at `venue`, as the event its two sides took part in. */
export function venueEventOf(relation: Relation, venue: string, countryOnly = false): VenueEvent {
  const event: VenueEvent = { people: [relation.source, relation.target], venue, status: relation.status, evidence: relation.evidence[0]! };
  if (countryOnly) event.countryOnly = true;
  if (relation.date) event.date = relation.date;
  return event;
}

/** The rule of a visit read from an event's setting. */
const VENUE_VISIT_RULE = "visited-venue";

/** Less sure than a visit stated: it is read from where an event took place. */
const VENUE_VISIT_CONFIDENCE = 0.7;

/** How many places a place may lie in before its country ("a resort in a province of X"). */
const PLACE_DEPTH = 3;

/** The country a place is: itself, the lexicon's, or the one the article puts it in; undefined if none is known. */
export function countryOf(id: string, resolved: ResolvedArticle, relations: Relation[]): string | undefined {
  let place = resolved.entities.byId.get(id);
  for (let depth = 0; place && depth <= PLACE_DEPTH; depth++) {
    if (place.type === "COUNTRY") return place.name;
    if (place.entry?.country) return place.entry.country;
    const inside: string | undefined = relations.find((r) => r.type === "LOCATED_IN" && r.source === place!.id)?.target;
    place = inside ? resolved.entities.byId.get(inside) : undefined;
  }
  return undefined;
}

/**
 * "Ruto held talks with Xi in Beijing": whoever takes part in a meeting or signing held in a country not their
 * own has visited it, with the event's status and date. A person whose side the article and lexicon do not say
 * is left alone: the host is not a visitor; nor is an envoy posted to that country. An event set only by the
 * article's dateline (`hostedHere`) is a visit only for a guest whose host, another side, is of that country, and
 * not for an envoy (`postedRoles`: the roles of offices held abroad).
 */
export function visitsAtVenue(
  events: VenueEvent[],
  resolved: ResolvedArticle,
  relations: Relation[],
  postedRoles: ReadonlySet<string> = new Set(),
): Relation[] {
  const sides = personSides(resolved);
  const posts = personPosts(resolved);
  const visits: Relation[] = [];
  for (const { people, venue, status, date, evidence, countryToo, countryOnly, hostedHere, receivedAtHome } of events) {
    const place = resolved.entities.byId.get(venue);
    // A place below a country is only a venue where its country is known: whose home it is must be told.
    const country = place && countryOf(place.id, resolved, relations);
    const named =
      (countryToo || countryOnly || place?.entry?.capital) && country
        ? resolved.entities.byId.get(entityId("COUNTRY", country, true))
        : undefined;
    // A capital named as a place ("tại Viên (Áo)") is, as a destination, its country only.
    const only = countryOnly || place?.entry?.capital;
    const targets = named && named.id !== venue ? (only ? [named.id] : [venue, named.id]) : [venue];
    for (const person of people) {
      const own = sides.get(person);
      // An envoy posted to the country ("Đại sứ Y tại X", "Y's ambassador to X") serves there: met in it, he visits nothing.
      if (!country || resolved.entities.byId.get(person)?.type !== "PERSON" || !own?.size || own.has(country)) continue;
      if (hostedHere && !people.some((other) => other !== person && sides.get(other)?.has(country))) continue;
      // Met where the article was filed, an envoy ("Đại sứ Mỹ X" under a Beijing dateline) is most likely posted there.
      // So is one received at a host's home ("Chủ tịch tỉnh Y tiếp Đại sứ Z X"): an envoy calls where he is posted.
      if ((hostedHere || receivedAtHome) && resolved.entities.byId.get(person)?.roles.some((r) => postedRoles.has(r.role))) continue;
      if ([...(posts.get(person) ?? [])].some((post) => countryOf(post, resolved, relations) === country)) continue;
      const rule = VENUE_VISIT_RULE;
      for (const target of targets) {
        const candidate = { type: "VISITED" as const, source: person, target, status, rule, confidence: VENUE_VISIT_CONFIDENCE };
        visits.push(buildRelation(date ? { ...candidate, date } : candidate, { ...evidence, rule }));
      }
    }
  }
  return visits;
}
