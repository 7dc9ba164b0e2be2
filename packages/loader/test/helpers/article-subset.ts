import type { GraphDocument } from "@news-kg/schema";

/** The part of a document that the given articles support: their facts, mentions, and the entities those use. */
export function articleSubset(document: GraphDocument, articleIds: string[]): GraphDocument {
  const kept = new Set(articleIds);
  const relations = document.relations.filter((r) => r.evidence.every((e) => kept.has(e.articleId)));
  const mentions = (document.mentions ?? []).filter((m) => kept.has(m.articleId));
  const used = new Set([...relations.flatMap((r) => [r.source, r.target]), ...mentions.map((m) => m.entityId)]);
  return {
    ...document,
    articles: document.articles.filter((a) => kept.has(a.id)),
    entities: document.entities.filter((e) => used.has(e.id)),
    relations,
    mentions,
  };
}
