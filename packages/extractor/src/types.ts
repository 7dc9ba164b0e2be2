import type { Article, Entity, EntityType, Mention, Relation } from "@news-kg/schema";

/** One article as read from a file or record, before cleaning. */
export interface SourceArticle {
  id: string;
  /** The file it came from (for error messages and provenance). */
  file: string;
  text: string;
  title?: string;
  url?: string;
  /** `YYYY-MM-DD` (or coarser) when known. */
  published?: string;
  lang?: string;
  source?: string;
}

/** A sentence with its character offsets in the cleaned article text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** What one article yields, before entities are merged across the corpus. Plain data: crosses worker threads. */
export interface ArticleExtraction {
  article: Article;
  /** Entities keyed by a corpus-wide key (see `entityKey`), with every surface form seen in this article. */
  entities: Entity[];
  relations: Relation[];
  /** How often this article names each entity. */
  mentions: Mention[];
}

export type { EntityType };
