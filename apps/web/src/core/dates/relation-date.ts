import type { Article, Relation } from "@news-kg/schema";

/** Where a relation's date comes from: the text's own words, or the publication date of a report. */
export interface RelationDate {
  date: string;
  from: "text" | "article";
}

/**
 * The date a relation is placed at on the time line: its own date, or else the earliest publication
 * date among the articles that report it (when the text gave no date, the report is the best bound).
 */
export function relationDate(relation: Relation, articles: ReadonlyMap<string, Article>): RelationDate | undefined {
  if (relation.date) return { date: relation.date, from: "text" };
  let earliest: string | undefined;
  for (const evidence of relation.evidence) {
    const published = articles.get(evidence.articleId)?.published;
    if (published && (!earliest || published < earliest)) earliest = published;
  }
  return earliest ? { date: earliest, from: "article" } : undefined;
}
