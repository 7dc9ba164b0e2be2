// Completes a set of fact relationships into a valid graph document fragment: the entities at their ends (and
// any others asked for, e.g. an entity without relations) and the articles their evidence cites. Each entity's
// degree (its relations in the graph, whatever is drawn) comes along, for node sizes and "N more".
import { RELATION_TYPES, parseGraphDocument, type Entity, type GraphDocument, type Relation } from "@news-kg/schema";
import { ARTICLE_PROPS, ENTITY_PROPS, RELATION_PROPS, articleFromProps, relationFromRecord, type RelationRecord } from "../from-graph.ts";
import { ARTICLE_LABEL, ENTITY_LABEL } from "../graph-model.ts";
import type { ReadStatement, Row } from "./read-transaction.ts";
import { relationTypesPattern } from "./relation-filter.ts";

export interface GraphFragment {
  graph: GraphDocument;
  /** Relations of each entity of `graph` in the whole graph (filters aside). */
  degrees: Record<string, number>;
}

/** The columns a statement returns for fact relationship `r` so that readFragment can complete it. */
export const RELATION_COLUMNS = `startNode(r).id AS source, type(r) AS type, endNode(r).id AS target, ${RELATION_PROPS} AS props`;
/** The same as one map, for statements that return a list of relations. */
export const RELATION_MAP = `{source: startNode(r).id, type: type(r), target: endNode(r).id, props: ${RELATION_PROPS}}`;

/** How many facts an entity `e` takes part in: typed, so Neo4j reads it from the node's degree store. */
export const DEGREE = `COUNT { (e)-[${relationTypesPattern(RELATION_TYPES)}]-() }`;

/** What a statement returns for an entity `e` of a fragment: its properties and its degree. */
export const ENTITY_ENTRY = `{props: ${ENTITY_PROPS}, degree: ${DEGREE}}`;

// One statement for both (each statement is a round trip, and on a busy server each costs).
const readEnds = `
CALL () {
  UNWIND $entityIds AS id
  MATCH (e:${ENTITY_LABEL} {id: id}) WHERE e.loadedBy = $loadedBy
  RETURN collect(${ENTITY_ENTRY}) AS entities
}
CALL () {
  UNWIND $articleIds AS id
  MATCH (a:${ARTICLE_LABEL} {id: id}) WHERE a.loadedBy = $loadedBy
  RETURN collect(${ARTICLE_PROPS}) AS articles
}
RETURN entities, articles`;

/** A fragment's relations and the ids of what they need: their entities (after `entityIds`) and articles, in order of first use. */
export interface FragmentParts {
  relations: Relation[];
  entityIds: string[];
  articleIds: string[];
}

export function fragmentParts(relationRows: readonly Row[], entityIds: readonly string[] = []): FragmentParts {
  const relations = relationRows.map((row) => relationFromRecord(row as unknown as RelationRecord));
  const ids = new Set(entityIds);
  const articleIds = new Set<string>();
  for (const relation of relations) {
    ids.add(relation.source);
    ids.add(relation.target);
    for (const evidence of relation.evidence) articleIds.add(evidence.articleId);
  }
  return { relations, entityIds: [...ids], articleIds: [...articleIds] };
}

/**
 * The fragment of `relationRows`, with `entityIds` too. An asked-for entity the graph does not hold is simply
 * not in it (see `missingEntity`).
 */
export async function readFragment(
  run: ReadStatement,
  relationRows: readonly Row[],
  entityIds: readonly string[] = [],
): Promise<GraphFragment> {
  const parts = fragmentParts(relationRows, entityIds);
  const [ends] = await run(readEnds, { entityIds: parts.entityIds, articleIds: parts.articleIds });
  return assembleFragment(parts, (ends?.entities ?? []) as Row[], (ends?.articles ?? []) as Row[]);
}

/**
 * The fragment of `parts` from the entries of its entities (`ENTITY_ENTRY`) and articles (`ARTICLE_PROPS`),
 * read in any order (e.g. by the statement that found the relations): they are put in the order of `parts`
 * (asked-for entities first, then each relation's ends; articles as the evidence first cites them).
 */
export function assembleFragment(
  { relations, entityIds: ids, articleIds }: FragmentParts,
  entityRows: readonly Row[],
  articleRows: readonly Row[],
): GraphFragment {
  const entityById = new Map<string, Row>(entityRows.map((row) => [(row.props as Entity).id, row]));
  const articleById = new Map<string, Row>(articleRows.map((row) => [row.id as string, row]));
  const inOrder = (byId: Map<string, Row>, order: string[]) =>
    order.map((id) => byId.get(id)).filter((row): row is Row => row !== undefined);
  const entries = inOrder(entityById, ids);
  const graph = parseGraphDocument(
    {
      articles: inOrder(articleById, articleIds).map(articleFromProps),
      entities: entries.map((row) => row.props as Entity),
      relations,
    },
    "a graph fragment read from Neo4j",
  );
  const degrees = Object.fromEntries(entries.map((row) => [(row.props as Entity).id, row.degree as number]));
  return { graph, degrees };
}

/** The first of `ids` that a fragment lacks (an id the graph does not hold), if any. */
export function missingEntity({ graph }: GraphFragment, ids: readonly string[]): string | undefined {
  const held = new Set(graph.entities.map((entity) => entity.id));
  return ids.find((id) => !held.has(id));
}
