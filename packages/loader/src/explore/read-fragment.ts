// Completes a set of fact relationships into a valid graph document fragment: the entities at their ends (and
// any others asked for, e.g. an entity without relations) and the articles their evidence cites. Each entity's
// degree (its relations in the graph, whatever is drawn) comes along, for node sizes and "N more".
import { RELATION_TYPES, parseGraphDocument, type Entity, type GraphDocument } from "@news-kg/schema";
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

// One statement for both (each statement is a round trip, and on a busy server each costs).
const readEnds = `
CALL () {
  UNWIND $entityIds AS id
  MATCH (e:${ENTITY_LABEL} {id: id}) WHERE e.loadedBy = $loadedBy
  RETURN collect({props: ${ENTITY_PROPS}, degree: ${DEGREE}}) AS entities
}
CALL () {
  UNWIND $articleIds AS id
  MATCH (a:${ARTICLE_LABEL} {id: id}) WHERE a.loadedBy = $loadedBy
  RETURN collect(${ARTICLE_PROPS}) AS articles
}
RETURN entities, articles`;

/**
 * The fragment of `relationRows`, with `entityIds` too. An asked-for entity the graph does not hold is simply
 * not in it (see `missingEntity`).
 */
export async function readFragment(
  run: ReadStatement,
  relationRows: readonly Row[],
  entityIds: readonly string[] = [],
): Promise<GraphFragment> {
  const relations = relationRows.map((row) => relationFromRecord(row as unknown as RelationRecord));
  const ids = new Set(entityIds);
  const articleIds = new Set<string>();
  for (const relation of relations) {
    ids.add(relation.source);
    ids.add(relation.target);
    for (const evidence of relation.evidence) articleIds.add(evidence.articleId);
  }
  const [ends] = await run(readEnds, { entityIds: [...ids], articleIds: [...articleIds] });
  const entityRows = (ends?.entities ?? []) as Row[];
  const graph = parseGraphDocument(
    {
      articles: ((ends?.articles ?? []) as Row[]).map(articleFromProps),
      entities: entityRows.map((row) => row.props as Entity),
      relations,
    },
    "a graph fragment read from Neo4j",
  );
  const degrees = Object.fromEntries(entityRows.map((row) => [(row.props as Entity).id, row.degree as number]));
  return { graph, degrees };
}

/** The first of `ids` that a fragment lacks (an id the graph does not hold), if any. */
export function missingEntity({ graph }: GraphFragment, ids: readonly string[]): string | undefined {
  const held = new Set(graph.entities.map((entity) => entity.id));
  return ids.find((id) => !held.has(id));
}
