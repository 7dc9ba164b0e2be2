// What the loader reads: four record streams, each read once. An in-memory document is one source; the
// benchmark streams a generated graph through the same interface without holding it in memory.
import type { Article, Entity, GraphDocument, Mention, Relation } from "@news-kg/schema";
import type { AnySource } from "./batches.ts";

export interface GraphSource {
  articles(): AnySource<Article>;
  entities(): AnySource<Entity>;
  relations(): AnySource<Relation>;
  mentions(): AnySource<Mention>;
  /** Record counts when known up front (for progress totals). */
  sizes?: GraphSizes;
}

export interface GraphSizes {
  articles: number;
  entities: number;
  relations: number;
  mentions: number;
}

export function documentSource(document: GraphDocument): GraphSource {
  return {
    articles: () => document.articles,
    entities: () => document.entities,
    relations: () => document.relations,
    mentions: () => document.mentions ?? [],
    sizes: documentSizes(document),
  };
}

export function documentSizes(document: GraphDocument): GraphSizes {
  return {
    articles: document.articles.length,
    entities: document.entities.length,
    relations: document.relations.length,
    mentions: document.mentions?.length ?? 0,
  };
}

/** Rows the load reports progress over: every record once, plus each article again when its old facts are reconciled. */
export function loadWorkSize(sizes: GraphSizes): number {
  return sizes.articles * 2 + sizes.entities + sizes.relations + sizes.mentions;
}
