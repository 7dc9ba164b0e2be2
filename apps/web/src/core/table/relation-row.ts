import type { Article, Relation } from "@news-kg/schema";
import type { DocumentIndex } from "../data/document-index.ts";
import { relationDate, type RelationDate } from "../dates/relation-date.ts";

/** One line of the relation table: a relation with its ends' names, its date and where it was first reported. */
export interface RelationRow {
  relation: Relation;
  sourceName: string;
  targetName: string;
  /** The text's date, else the earliest report's (see relationDate). */
  date?: RelationDate;
  firstSentence: string;
  /** How much evidence the relation has: all of it when a live answer cut it (its count given), else what is drawn. */
  evidenceCount: number;
  /** The article of the first evidence sentence. */
  article?: Article;
}

export function relationRow(relation: Relation, index: DocumentIndex, evidenceCount = relation.evidence.length): RelationRow {
  const first = relation.evidence[0]!;
  const date = relationDate(relation, index.articles);
  const article = index.articles.get(first.articleId);
  return {
    relation,
    sourceName: index.entities.get(relation.source)?.name ?? relation.source,
    targetName: index.entities.get(relation.target)?.name ?? relation.target,
    ...(date ? { date } : {}),
    firstSentence: first.sentence,
    evidenceCount,
    ...(article ? { article } : {}),
  };
}
