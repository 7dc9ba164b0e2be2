import type { Article, Entity, GraphDocument, Relation } from "@news-kg/schema";
// The vocabulary alone: the full schema (zod) loads only in the validation worker.
import { STATIC_RELATIONS } from "@news-kg/schema/vocabulary";
import { partialDateRange } from "../dates/partial-date.ts";
import { relationDate } from "../dates/relation-date.ts";

/** Look-up tables over one graph document, built once when it is opened. */
export interface DocumentIndex {
  document: GraphDocument;
  entities: ReadonlyMap<string, Entity>;
  relations: ReadonlyMap<string, Relation>;
  articles: ReadonlyMap<string, Article>;
  /** Every relation an entity takes part in, as source or target. */
  relationsOf: ReadonlyMap<string, readonly Relation[]>;
  /** Day range each dated relation covers on the time line; static and undated relations have none. */
  relationDays: ReadonlyMap<string, [number, number]>;
  /** First and last day any relation covers, if any relation is dated. */
  dayExtent?: [number, number];
}

export function indexDocument(document: GraphDocument): DocumentIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const entities = byId(document.entities);
  const relations = byId(document.relations);
  const articles = byId(document.articles);

  const relationsOf = new Map<string, Relation[]>();
  const relationDays = new Map<string, [number, number]>();
  let dayExtent: [number, number] | undefined;
  for (const relation of document.relations) {
    for (const end of new Set([relation.source, relation.target])) {
      const list = relationsOf.get(end);
      if (list) list.push(relation);
      else relationsOf.set(end, [relation]);
    }
    if (STATIC_RELATIONS.has(relation.type)) continue;
    const date = relationDate(relation, articles);
    const days = date ? partialDateRange(date) : undefined;
    if (!days) continue;
    relationDays.set(relation.id, days);
    dayExtent = dayExtent ? [Math.min(dayExtent[0], days[0]), Math.max(dayExtent[1], days[1])] : [...days];
  }
  return { document, entities, relations, articles, relationsOf, relationDays, ...(dayExtent ? { dayExtent } : {}) };
}
