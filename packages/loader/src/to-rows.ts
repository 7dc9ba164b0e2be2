// Pure conversion of graph-document records into the parameter rows the Cypher statements UNWIND.
// Absent optional fields become null so that SET removes a value an earlier load had stored.
import type { Article, Entity, Mention, Relation } from "@news-kg/schema";
import type { FieldKind } from "./row-codec.ts";

/** The fields of a row type and their kinds, in the order they are packed (see row-codec.ts). */
type SpecOf<Row> = readonly (readonly [keyof Row & string, FieldKind])[];

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  lang: string;
  source: string | null;
  sha256: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

export interface RelationRow {
  id: string;
  source: string;
  target: string;
  status: string;
  date: string | null;
  role: string | null;
  cameo: string | null;
  confidence: number;
  propertiesJson: string;
  /** Distinct articles giving evidence in this document: their older evidence on the fact is replaced. */
  evidenceArticles: string[];
  articleIds: string[];
  sentences: string[];
  starts: number[];
  ends: number[];
  rules: string[];
}

/** A new fact between two nodes this load wrote: its ends by node number (node-refs.ts). */
export type FactByNodeRow = Omit<RelationRow, "source" | "target" | "evidenceArticles"> & { sourceNode: string; targetNode: string };

export interface MentionRow {
  articleId: string;
  entityId: string;
  count: number;
}

export function articleRow(article: Article): ArticleRow {
  return {
    id: article.id,
    title: article.title ?? null,
    url: article.url ?? null,
    published: article.published ?? null,
    lang: article.lang,
    source: article.source ?? null,
    sha256: article.sha256,
  };
}

export function entityRow(entity: Entity): EntityRow {
  return { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases };
}

export function relationRow(relation: Relation): RelationRow {
  const { evidence, properties } = relation;
  const articleIds = evidence.map((e) => e.articleId);
  return {
    id: relation.id,
    source: relation.source,
    target: relation.target,
    status: relation.status,
    date: relation.date ?? null,
    role: properties.role ?? null,
    cameo: properties.cameo ?? null,
    confidence: relation.confidence,
    propertiesJson: JSON.stringify(properties),
    evidenceArticles: articleIds.length === 1 ? articleIds : [...new Set(articleIds)],
    articleIds,
    sentences: evidence.map((e) => e.sentence),
    starts: evidence.map((e) => e.start),
    ends: evidence.map((e) => e.end),
    rules: evidence.map((e) => e.rule),
  };
}

export function mentionRow(mention: Mention): MentionRow {
  return { articleId: mention.articleId, entityId: mention.entityId, count: mention.count };
}

export const ARTICLE_ROW: SpecOf<ArticleRow> = [
  ["id", "string"],
  ["title", "optionalString"],
  ["url", "optionalString"],
  ["published", "optionalString"],
  ["lang", "string"],
  ["source", "optionalString"],
  ["sha256", "string"],
];

export const ENTITY_ROW: SpecOf<EntityRow> = [
  ["id", "string"],
  ["name", "string"],
  ["type", "string"],
  ["aliases", "stringList"],
];

export const RELATION_ROW: SpecOf<RelationRow> = [
  ["id", "string"],
  ["source", "string"],
  ["target", "string"],
  ["status", "string"],
  ["date", "optionalString"],
  ["role", "optionalString"],
  ["cameo", "optionalString"],
  ["confidence", "float"],
  ["propertiesJson", "string"],
  ["evidenceArticles", "stringList"],
  ["articleIds", "stringList"],
  ["sentences", "stringList"],
  ["starts", "integerList"],
  ["ends", "integerList"],
  ["rules", "stringList"],
];

export const FACT_BY_NODE_ROW: SpecOf<FactByNodeRow> = [
  ["id", "string"],
  ["sourceNode", "string"],
  ["targetNode", "string"],
  ...(RELATION_ROW.filter(
    ([name]) => name !== "id" && name !== "source" && name !== "target" && name !== "evidenceArticles",
  ) as SpecOf<FactByNodeRow>),
];

export interface MentionByNodeRow {
  articleNode: string;
  entityNode: string;
  count: number;
}

export const MENTION_BY_NODE_ROW: SpecOf<MentionByNodeRow> = [
  ["articleNode", "string"],
  ["entityNode", "string"],
  ["count", "integer"],
];

export const MENTION_ROW: SpecOf<MentionRow> = [
  ["articleId", "string"],
  ["entityId", "string"],
  ["count", "integer"],
];
