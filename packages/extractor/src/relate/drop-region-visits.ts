import type { Relation } from "@news-kg/schema";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";

/**
 * Drops visits to a continent or a region of several countries ("toured Europe", "a trip to the Middle East"):
 * they name no place visited, and the countries of the trip are told apart when the article names them.
 */
export function dropRegionVisits(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  return relations.filter((r) => r.type !== "VISITED" || !resolved.entities.byId.get(r.target)?.entry?.region);
}
