import type { Relation } from "@news-kg/schema";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";

/**
 * Drops a visit to a place that holds another place the same sentence says the visitor went to ("tới thôn A, xã B,
 * huyện C": the visit is to A, the rest its address). A country stays: the country of a trip is a visit of its own.
 */
export function dropContainerVisits(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  const where = (r: Relation) => `${r.evidence[0]!.articleId} ${r.evidence[0]!.start}`;
  const visited = new Set(relations.filter((r) => r.type === "VISITED").map((r) => `${where(r)} ${r.source} ${r.target}`));
  const holds = relations.filter((r) => r.type === "LOCATED_IN");
  return relations.filter(
    (r) =>
      r.type !== "VISITED" ||
      resolved.entities.byId.get(r.target)?.type !== "LOCATION" ||
      !holds.some(
        (place) => place.target === r.target && where(place) === where(r) && visited.has(`${where(r)} ${r.source} ${place.source}`),
      ),
  );
}
