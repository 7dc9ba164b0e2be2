import type { GraphDocument } from "@news-kg/schema";

/**
 * The union of graph document fragments (each valid on its own, as the live API sends them): every
 * article, entity and relation once, in the order first seen, so that what was drawn keeps its place.
 * A relation met twice keeps the copy with more evidence (a capped answer never cuts evidence, but a
 * later, fuller answer wins if one did). The union of valid fragments is valid: each fragment brings
 * the ends and articles its relations name.
 */
export function mergeFragments(fragments: readonly GraphDocument[]): GraphDocument {
  const articles = new Map<string, GraphDocument["articles"][number]>();
  const entities = new Map<string, GraphDocument["entities"][number]>();
  const relations = new Map<string, GraphDocument["relations"][number]>();
  for (const fragment of fragments) {
    for (const article of fragment.articles) if (!articles.has(article.id)) articles.set(article.id, article);
    for (const entity of fragment.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
    for (const relation of fragment.relations) {
      const known = relations.get(relation.id);
      if (!known || relation.evidence.length > known.evidence.length) relations.set(relation.id, relation);
    }
  }
  return { articles: [...articles.values()], entities: [...entities.values()], relations: [...relations.values()] };
}
