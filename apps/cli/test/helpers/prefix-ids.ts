import type { GraphDocument } from "@news-kg/schema";

/** The same document with every id (and every reference to one) prefixed: tests share one server. */
export function prefixIds(document: GraphDocument, prefix: string): GraphDocument {
  const id = (value: string) => `${prefix}${value}`;
  return {
    articles: document.articles.map((a) => ({ ...a, id: id(a.id) })),
    entities: document.entities.map((e) => ({ ...e, id: id(e.id) })),
    relations: document.relations.map((r) => ({
      ...r,
      id: id(r.id),
      source: id(r.source),
      target: id(r.target),
      evidence: r.evidence.map((e) => ({ ...e, articleId: id(e.articleId) })),
    })),
    mentions: document.mentions?.map((m) => ({ ...m, articleId: id(m.articleId), entityId: id(m.entityId) })),
  };
}
