import type { Relation } from "@news-kg/schema";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";

/** Stances one takes toward others: praising, condemning, accusing or punishing one's own country is not news. */
const STANCE_TYPES = new Set<Relation["type"]>(["PRAISED", "CRITICIZED", "ACCUSED", "SANCTIONED"]);

/**
 * Drops stances a person would take toward their own country: "Lavrov hailed the ties between the two countries" does
 * not say Lavrov praised Russia, nor does "the three leaders" standing for a passer-by make Xi condemn China.
 * A person's country is the one an office in the article ties them to, else the lexicon's.
 * `noVisitHome` drops a person's visits to their own country too.
 */
export function dropOwnSide(relations: Relation[], resolved: ResolvedArticle, noVisitHome = false): Relation[] {
  const own = new Map<string, Set<string>>();
  const add = (person: string, country: string) => own.set(person, (own.get(person) ?? new Set()).add(country));
  for (const t of resolved.titles) if (!t.former) add(t.person, t.affiliation);
  for (const e of resolved.entities.byId.values()) {
    if (e.type !== "PERSON" || !e.entry?.country) continue;
    for (const c of resolved.entities.byId.values()) if (c.type === "COUNTRY" && c.name === e.entry.country) add(e.id, c.id);
  }
  // Where the pack says so, being in one's own country is no visit either ("dự hội nghị tại Hà Nội" by a Vietnamese leader).
  const dropped = (type: Relation["type"]) => STANCE_TYPES.has(type) || (noVisitHome && type === "VISITED");
  return relations.filter((r) => !dropped(r.type) || !own.get(r.source)?.has(r.target));
}
