// `GET /api/path`: every shortest path between two entities over the relations the filters let through,
// either direction (Neo4j's allShortestPaths, a bidirectional breadth-first search), at most MAX_PATHS.
import type { Driver } from "neo4j-driver";
import { int } from "neo4j-driver";
import { ENTITY_LABEL, LOADED_BY, type GraphTarget } from "../graph-model.ts";
import type { CypherQuestion } from "./cypher-question.ts";
import { ExploreError } from "./explore-error.ts";
import { RELATION_MAP, missingEntity, readFragment, type GraphFragment } from "./read-fragment.ts";
import { readTransaction, type Row } from "./read-transaction.ts";
import { relationFilterCypher, relationTypesPattern, type RelationFilter } from "./relation-filter.ts";

/** Paths returned at most (parallel relations multiply them: each is a path of its own). */
export const MAX_PATHS = 10;
/** Relations a path may have at most: beyond it two entities count as unconnected. */
export const MAX_PATH_LENGTH = 8;

export interface PathQuestion {
  from: string;
  to: string;
  filter: RelationFilter;
}

export interface ShortestPaths extends GraphFragment {
  /** Each path as its entities (from `from` to `to`) and the relations between them, in order. */
  paths: { entities: string[]; relations: string[] }[];
  /** Whether more shortest paths exist than MAX_PATHS. */
  truncated: boolean;
  cypher: CypherQuestion;
}

function pathsCypher(filter: RelationFilter): { match: string; params: Record<string, unknown> } {
  const { where, params } = relationFilterCypher(filter, "r");
  const match = `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
MATCH p = allShortestPaths((a)-[${relationTypesPattern(filter.types)}*..${MAX_PATH_LENGTH}]-(b))
WHERE all(r IN relationships(p) WHERE ${where})`;
  return { match, params };
}

export async function shortestPaths(driver: Driver, target: GraphTarget, question: PathQuestion): Promise<ShortestPaths> {
  const graphName = target.loadedBy ?? LOADED_BY;
  const { from, to } = question;
  return readTransaction(driver, target, async (run) => {
    const alone = from === to || question.filter.types.length === 0;
    const { match, params } = alone ? { match: "", params: {} } : pathsCypher(question.filter);
    // From an entity to itself: the path without relations (allShortestPaths refuses equal ends). An end the
    // graph does not hold finds no path, and is missing from the fragment.
    const rows = alone
      ? []
      : await run(
          `${match}
WITH p, [r IN relationships(p) | r.id] AS ids ORDER BY ids LIMIT $cap
RETURN [n IN nodes(p) | n.id] AS entities, ids AS relations, [r IN relationships(p) | ${RELATION_MAP}] AS facts`,
          { ...params, from, to, cap: int(MAX_PATHS + 1) },
        );
    const kept = rows.slice(0, MAX_PATHS);
    const facts = new Map<string, Row>();
    for (const row of kept) for (const fact of row.facts as Row[]) facts.set((fact.props as Row).id as string, fact);
    const fragment = await readFragment(run, [...facts.values()], [from, to]);
    const missing = missingEntity(fragment, [from, to]);
    if (missing !== undefined) throw new ExploreError(404, `no entity "${missing}" in graph "${graphName}"`);
    const paths =
      from === to
        ? [{ entities: [from], relations: [] }]
        : kept.map((row) => ({ entities: row.entities as string[], relations: row.relations as string[] }));
    const cypher = alone
      ? { query: `MATCH (e:${ENTITY_LABEL}) WHERE e.id IN [$from, $to] RETURN e`, params: { from, to } }
      : { query: `${match}\nRETURN p LIMIT ${MAX_PATHS}`, params: { from, to, ...params, loadedBy: graphName } };
    return { ...fragment, paths, truncated: rows.length > MAX_PATHS, cypher };
  });
}
