import type { Relation } from "@news-kg/schema";
import { entityId } from "../resolve/article-entities.ts";
import { personSides } from "../resolve/person-sides.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import { buildRelation } from "./build-relation.ts";
import { countryOf } from "./visits-at-venue.ts";

/** The rule of a visit to a country read from a visit to a place inside it. */
const COUNTRY_OF_VISIT_RULE = "visited-country-of-place";

/** Less sure than a visit stated: the country is read from where the place lies. */
const COUNTRY_OF_VISIT_CONFIDENCE = 0.7;

/**
 * "X arrived in Port City", "X toured a plant in Y province": a person who visits a place below a country, when the
 * lexicon or the article puts the place in a country that is not the person's own, visited that country too, with
 * the place visit's status and date. Only for people whose side the article or lexicon tells (a host touring their
 * own country is no visitor), and only for countries the article names; a country visit already read stays as read.
 */
export function countryOfVisits(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  const { byId } = resolved.entities;
  const sides = personSides(resolved);
  const told = new Set(relations.filter((r) => r.type === "VISITED").map((r) => `${r.source} ${r.target}`));
  const visits: Relation[] = [];
  for (const r of relations) {
    if (r.type !== "VISITED" || byId.get(r.target)?.type !== "LOCATION" || byId.get(r.source)?.type !== "PERSON") continue;
    const own = sides.get(r.source);
    const country = own?.size ? countryOf(r.target, resolved, relations) : undefined;
    if (!country || own!.has(country)) continue;
    const target = byId.get(entityId("COUNTRY", country, true));
    if (!target || told.has(`${r.source} ${target.id}`)) continue;
    told.add(`${r.source} ${target.id}`);
    const rule = COUNTRY_OF_VISIT_RULE;
    const candidate = {
      type: "VISITED" as const,
      source: r.source,
      target: target.id,
      status: r.status,
      rule,
      confidence: COUNTRY_OF_VISIT_CONFIDENCE,
    };
    visits.push(buildRelation(r.date ? { ...candidate, date: r.date } : candidate, { ...r.evidence[0]!, rule }));
  }
  return visits;
}
