import type { Article, Entity, GraphDocument, Relation } from "@news-kg/schema";
// The vocabulary alone: the full schema (zod) loads only in the validation worker.
import { STATIC_RELATIONS } from "@news-kg/schema/vocabulary";
import { partialDateRange } from "../dates/partial-date.ts";
import { relationDate } from "../dates/relation-date.ts";

/**
 * Look-up tables over one graph document. Each is built the first time it is read, not when the
 * document opens: the first frame needs none of them (unless a shared link selects or filters), and on
 * big documents building them all costs as much as a third of drawing.
 */
export interface DocumentIndex {
  document: GraphDocument;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly relations: ReadonlyMap<string, Relation>;
  readonly articles: ReadonlyMap<string, Article>;
  /** Every relation an entity takes part in, as source or target. */
  readonly relationsOf: ReadonlyMap<string, readonly Relation[]>;
  /** Day range each dated relation covers on the time line; static and undated relations have none. */
  readonly relationDays: ReadonlyMap<string, [number, number]>;
  /** First and last day any relation covers, if any relation is dated. */
  readonly dayExtent?: [number, number];
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

/** Builds a value on first use and keeps it. */
function lazy<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

export function indexDocument(document: GraphDocument): DocumentIndex {
  const entities = lazy(() => byId(document.entities));
  const relations = lazy(() => byId(document.relations));
  const articles = lazy(() => byId(document.articles));
  const relationsOf = lazy(() => {
    const map = new Map<string, Relation[]>();
    const add = (end: string, relation: Relation) => {
      const list = map.get(end);
      if (list) list.push(relation);
      else map.set(end, [relation]);
    };
    for (const relation of document.relations) {
      add(relation.source, relation);
      if (relation.target !== relation.source) add(relation.target, relation);
    }
    return map;
  });
  const days = lazy(() => {
    const relationDays = new Map<string, [number, number]>();
    let dayExtent: [number, number] | undefined;
    for (const relation of document.relations) {
      if (STATIC_RELATIONS.has(relation.type)) continue;
      const date = relationDate(relation, articles());
      const range = date ? partialDateRange(date.date) : undefined;
      if (!range) continue;
      relationDays.set(relation.id, range);
      if (!dayExtent) dayExtent = [range[0], range[1]];
      else {
        if (range[0] < dayExtent[0]) dayExtent[0] = range[0];
        if (range[1] > dayExtent[1]) dayExtent[1] = range[1];
      }
    }
    return { relationDays, dayExtent };
  });
  return {
    document,
    get entities() {
      return entities();
    },
    get relations() {
      return relations();
    },
    get articles() {
      return articles();
    },
    get relationsOf() {
      return relationsOf();
    },
    get relationDays() {
      return days().relationDays;
    },
    get dayExtent() {
      return days().dayExtent;
    },
  };
}
