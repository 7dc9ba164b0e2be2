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

const readEntities = `
UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id}) WHERE e.loadedBy = $loadedBy
RETURN ${ENTITY_PROPS} AS props, ${DEGREE} AS degree`;

const readArticles = `
UNWIND $ids AS id
MATCH (a:${ARTICLE_LABEL} {id: id}) WHERE a.loadedBy = $loadedBy
RETURN ${ARTICLE_PROPS} AS props`;

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
  const entityRows = await run(readEntities, { ids: [...ids] });
  const articleRows = await run(readArticles, { ids: [...articleIds] });
  const graph = parseGraphDocument(
    {
      articles: articleRows.map((row) => articleFromProps(row.props as Row)),
      entities: entityRows.map((row) => row.props as Entity),
      relations,
    },
    "a graph fragment read from Neo4j",
  );
  const degrees = Object.fromEntries(entityRows.map((row) => [(row.props as Entity).id, row.degree as number]));
  return { graph, degrees };
}
