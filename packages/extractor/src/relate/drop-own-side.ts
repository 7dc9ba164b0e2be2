import type { Relation } from "@news-kg/schema";
import { personSides } from "../resolve/person-sides.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";

/** Stances one takes toward others: praising, condemning, accusing or punishing one's own country is not news. */
const STANCE_TYPES = new Set<Relation["type"]>(["PRAISED", "CRITICIZED", "ACCUSED", "SANCTIONED"]);

/**
 * Drops stances a person would take toward their own country: "Lavrov hailed the ties between the two countries" does
 * not say Lavrov praised Russia, nor does "the three leaders" standing for a passer-by make Xi condemn China.
 */
export function dropOwnSide(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  const own = personSides(resolved);
  const nameOf = (id: string) => resolved.entities.byId.get(id)?.name ?? "";
  return relations.filter((r) => !STANCE_TYPES.has(r.type) || !own.get(r.source)?.has(nameOf(r.target)));
}
