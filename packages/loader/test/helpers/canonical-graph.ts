// Graph documents in a canonical order, for comparing what was loaded with what was read back.
import type { GraphDocument } from "@news-kg/schema";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const evidenceKey = (e: { articleId: string; start: number; end: number; rule: string; sentence: string }) =>
  JSON.stringify([e.articleId, e.start, e.end, e.rule, e.sentence]);

export function canonicalGraph(document: GraphDocument): GraphDocument {
  return {
    articles: [...document.articles].sort(byId),
    entities: [...document.entities].sort(byId).map((e) => ({ ...e, aliases: [...e.aliases].sort() })),
    relations: [...document.relations]
      .sort(byId)
      .map((r) => ({ ...r, evidence: [...r.evidence].sort((a, b) => (evidenceKey(a) < evidenceKey(b) ? -1 : 1)) })),
    mentions: [...(document.mentions ?? [])].sort((a, b) => (a.articleId + "\0" + a.entityId < b.articleId + "\0" + b.entityId ? -1 : 1)),
  };
}
