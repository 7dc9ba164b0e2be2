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
  const atHome = (r: Relation) => r.type === "VISITED" && r.evidence.every((e) => e.rule === HOSTED_VISIT_RULE);
  return relations.filter((r) => !(STANCE_TYPES.has(r.type) || atHome(r)) || !own.get(r.source)?.has(r.target));
}
