// Pure mapping from what the export queries return back to graph-document records.
import type { Article, Evidence, Mention, Relation, RelationType } from "@news-kg/schema";

type Props = Record<string, unknown>;

/** Map projections of what the functions below read back: an article `a`, an entity `e`, a fact relationship `r`. */
export const ARTICLE_PROPS = "a {.id, .title, .url, .published, .lang, .source, .sha256}";
export const ENTITY_PROPS = "e {.id, .name, .type, .aliases}";
export const RELATION_PROPS = "r {.id, .status, .date, .confidence, .propertiesJson, .articleIds, .sentences, .starts, .ends, .rules}";

/** Neo4j stores no nulls: a missing optional field reads back as null and is dropped. */
export function articleFromProps(props: Props): Article {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined)) as unknown as Article;
}

export interface RelationRecord {
  source: string;
  type: RelationType;
  target: string;
  props: Props;
}

export function relationFromRecord({ source, type, target, props }: RelationRecord): Relation {
  const lists = {
    articleIds: (props.articleIds ?? []) as string[],
    sentences: (props.sentences ?? []) as string[],
    starts: (props.starts ?? []) as number[],
    ends: (props.ends ?? []) as number[],
    rules: (props.rules ?? []) as string[],
  };
  const evidence: Evidence[] = lists.articleIds.map((articleId, i) => ({
    articleId,
    sentence: lists.sentences[i] as string,
    start: lists.starts[i] as number,
    end: lists.ends[i] as number,
    rule: lists.rules[i] as string,
  }));
  return {
    id: props.id as string,
    source,
    type,
    target,
    status: props.status as Relation["status"],
    ...(props.date == null ? {} : { date: props.date as string }),
    properties: JSON.parse((props.propertiesJson as string | null) ?? "{}"),
    confidence: props.confidence as number,
    evidence,
  };
}

export function mentionFromRecord(record: Props): Mention {
  return { articleId: record.articleId as string, entityId: record.entityId as string, count: record.count as number };
}
