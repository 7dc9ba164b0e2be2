import type { Relation } from "@news-kg/schema";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";

/** The rule of a visit read from where a guest was received ("hosted X in Y"): being received at home is no visit. */
export const HOSTED_VISIT_RULE = "visited-hosted";

/** Stances one takes toward others: praising, condemning, accusing or punishing one's own country is not news. */
const STANCE_TYPES = new Set<Relation["type"]>(["PRAISED", "CRITICIZED", "ACCUSED", "SANCTIONED"]);

/**
 * Drops stances a person would take toward their own country: "Lavrov hailed the ties between the two countries" does
 * not say Lavrov praised Russia, nor does "the three leaders" standing for a passer-by make Xi condemn China.
 * A person's country is the one an office in the article ties them to, else the lexicon's.
 */
export function dropOwnSide(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  const own = new Map<string, Set<string>>();
  const add = (person: string, country: string) => own.set(person, (own.get(person) ?? new Set()).add(country));
  for (const t of resolved.titles) if (!t.former) add(t.person, t.affiliation);
  for (const e of resolved.entities.byId.values()) {
    if (e.type !== "PERSON" || !e.entry?.country) continue;
    for (const c of resolved.entities.byId.values()) if (c.type === "COUNTRY" && c.name === e.entry.country) add(e.id, c.id);
  }
  // A place the lexicon puts in a country is at home there too ("hosted X in San Francisco").
  const { byId } = resolved.entities;
  const countryOf = (id: string) => {
    const place = byId.get(id);
    return place?.type === "COUNTRY" ? place.name : place?.entry?.country;
  };
  const homeNames = (person: string) => [...(own.get(person) ?? [])].map((c) => byId.get(c)?.name).concat(byId.get(person)?.entry?.country);
  const atHome = (r: Relation) =>
    r.type === "VISITED" &&
    r.evidence.every((e) => e.rule === HOSTED_VISIT_RULE) &&
    !!countryOf(r.target) &&
    homeNames(r.source).includes(countryOf(r.target));
  return relations.filter((r) => !atHome(r) && (!STANCE_TYPES.has(r.type) || !own.get(r.source)?.has(r.target)));
}
