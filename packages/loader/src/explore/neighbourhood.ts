// `GET /api/neighbourhood`: the relations within `hops` of an entity that the filters let through, capped.
// The cap keeps the entity's own relations first, then its neighbours' (so what is kept stays connected),
// each group the most evidenced first; `total` says how many matched before it. Each relation carries at most
// `EVIDENCE_SHOWN` of its evidence (`/api/relation` gives all of it): a hub's most evidenced relations would
// otherwise bring every sentence and article that reports them.
import { int, type Driver } from "neo4j-driver";
import { ARTICLE_PROPS } from "../from-graph.ts";
import { ARTICLE_LABEL, ENTITY_LABEL, EVIDENCE_LISTS, LOADED_BY, evidenceCountCypher, type GraphTarget } from "../graph-model.ts";
import type { CypherQuestion } from "./cypher-question.ts";
import { ExploreError } from "./explore-error.ts";
import { ENTITY_ENTRY, assembleFragment, fragmentParts, missingEntity, readFragment, type GraphFragment } from "./read-fragment.ts";
import { readTransaction, type Row } from "./read-transaction.ts";
import { relationFilterCypher, relationTypesPattern, type RelationFilter } from "./relation-filter.ts";

export interface NeighbourhoodQuestion {
  id: string;
  hops: 1 | 2;
  filter: RelationFilter;
  limit: number;
}

/**
 * Evidence items a neighbourhood answer carries per relation: the first of a relation with a date of its own,
 * else its earliest report (the page dates such a relation by its earliest report). The cards show one
 * sentence per relation; the relation's own card asks `/api/relation` for the rest. One, not two: on the bench
 * graph's hub a second item and its article made 36 % of the answer (282 KiB instead of 180).
 */
export const EVIDENCE_SHOWN = 1;

export interface Neighbourhood extends GraphFragment {
  /** How much evidence each relation whose evidence the answer cut has in all. */
  evidenceCounts: Record<string, number>;
  /** Whether the cap left out relations that matched. */
  truncated: boolean;
  /** Relations that matched before the cap. */
  total: number;
  /** The same question for Neo4j Browser. */
  cypher: CypherQuestion;
}

/** The indices of `$evidenceShown` evidence items of relation `r`, its earliest reports first (then in stored order). */
const EARLIEST_REPORTS = `COLLECT {
    UNWIND range(0, count - 1) AS i
    OPTIONAL MATCH (report:${ARTICLE_LABEL} {id: r.articleIds[i]}) WHERE report.loadedBy = $loadedBy
    WITH i, report.published AS published ORDER BY published IS NULL, published, i LIMIT $evidenceShown
    RETURN i
  }`;

/** Relation `r` as `fragmentParts` reads it, with only its evidence items `shown`, and how many it has (`count`). */
const TRIMMED_RELATION_MAP = `{source: startNode(r).id, type: type(r), target: endNode(r).id, evidenceCount: count,
    props: r {.id, .status, .date, .confidence, .propertiesJson, ${EVIDENCE_LISTS.map((list) => `${list}: [i IN shown | r.${list}[i]]`).join(", ")}}}`;

/**
 * The statement that gathers (relation, distance) rows for a filter (distance 0 for the entity's own
 * relations), keeps the first `$limit` and reads their entities and articles too (one round trip). A fact of
 * the mark always joins two entities (the loader writes it between them), so the far end's label is not read.
 */
function gatherCypher(question: NeighbourhoodQuestion): { cypher: string; params: Record<string, unknown> } {
  const types = relationTypesPattern(question.filter.types);
  const { where, params } = relationFilterCypher(question.filter, "r");
  const own = `MATCH (c)-[r${types}]-() WHERE ${where} RETURN r, 0 AS distance`;
  const second = `
    MATCH (c)-[near${types}]-(n:${ENTITY_LABEL}) WHERE ${relationFilterCypher(question.filter, "near").where}
    WITH DISTINCT n WHERE n <> c
    MATCH (n)-[r${types}]-() WHERE ${where} RETURN r, 1 AS distance`;
  const cypher = `
MATCH (c:${ENTITY_LABEL} {id: $id}) WHERE c.loadedBy = $loadedBy
CALL (c) { ${own}${question.hops === 2 ? `\n    UNION${second}` : ""} }
WITH r, min(distance) AS distance
ORDER BY distance, ${evidenceCountCypher("r")} DESC, r.id
WITH collect(r) AS matched
WITH size(matched) AS total, matched[0..$limit] AS kept
CALL (kept) {
  UNWIND kept AS r
  UNWIND [startNode(r), endNode(r)] AS end
  WITH DISTINCT end AS e WHERE e.loadedBy = $loadedBy
  RETURN collect(${ENTITY_ENTRY}) AS ends
}
CALL () {
  MATCH (e:${ENTITY_LABEL} {id: $id}) WHERE e.loadedBy = $loadedBy
  RETURN collect(${ENTITY_ENTRY}) AS centre
}
CALL (kept) {
  UNWIND range(0, size(kept) - 1) AS k
  WITH k, kept[k] AS r, size(kept[k].articleIds) AS count
  WITH k, r, count, CASE
    WHEN count <= $evidenceShown THEN range(0, count - 1)
    WHEN r.date IS NOT NULL THEN range(0, $evidenceShown - 1)
    ELSE ${EARLIEST_REPORTS}
  END AS shown
  ORDER BY k
  RETURN collect(${TRIMMED_RELATION_MAP}) AS relations
}
CALL (relations) {
  UNWIND relations AS relation
  UNWIND relation.props.articleIds AS articleId
  WITH DISTINCT articleId
  MATCH (a:${ARTICLE_LABEL} {id: articleId}) WHERE a.loadedBy = $loadedBy
  RETURN collect(${ARTICLE_PROPS}) AS articles
}
RETURN total, relations, centre + ends AS entities, articles`;
  return { cypher, params };
}

/** The question as a Browser user would write it: paths out of the entity, so that Browser draws them. */
function browserCypher(question: NeighbourhoodQuestion, params: Record<string, unknown>, loadedBy: string): CypherQuestion {
  const types = relationTypesPattern(question.filter.types);
  const { where } = relationFilterCypher(question.filter, "r");
  const query =
    question.hops === 1
      ? `MATCH p = (c:${ENTITY_LABEL} {id: $id})-[r${types}]-(:${ENTITY_LABEL})\nWHERE ${where}\nRETURN p ORDER BY size(r.articleIds) DESC LIMIT $limit`
      : `MATCH p = (c:${ENTITY_LABEL} {id: $id})-[${types}*1..2]-(:${ENTITY_LABEL})\nWHERE all(r IN relationships(p) WHERE ${where})\nRETURN p LIMIT $limit`;
  return { query, params: { id: question.id, ...params, loadedBy, limit: question.limit } };
}

export async function neighbourhood(driver: Driver, target: GraphTarget, question: NeighbourhoodQuestion): Promise<Neighbourhood> {
  const graphName = target.loadedBy ?? LOADED_BY;
  return readTransaction(driver, target, async (run) => {
    // No relation type asked for: the entity alone.
    const noTypes = question.filter.types.length === 0;
    const gather = noTypes ? undefined : gatherCypher(question);
    const [row] = gather
      ? await run(gather.cypher, { ...gather.params, id: question.id, limit: int(question.limit), evidenceShown: int(EVIDENCE_SHOWN) })
      : [];
    const fragment = row
      ? assembleFragment(fragmentParts(row.relations as Row[], [question.id]), row.entities as Row[], row.articles as Row[])
      : await readFragment(run, [], [question.id]);
    // An entity the graph does not hold gathers nothing, and is missing from the fragment.
    if (missingEntity(fragment, [question.id])) throw new ExploreError(404, `no entity "${question.id}" in graph "${graphName}"`);
    const total = (row?.total ?? 0) as number;
    const cypher = gather
      ? browserCypher(question, gather.params, graphName)
      : { query: `MATCH (c:${ENTITY_LABEL} {id: $id}) RETURN c`, params: { id: question.id } };
    const evidenceCounts = Object.fromEntries(
      ((row?.relations ?? []) as Row[])
        .filter((relation) => (relation.evidenceCount as number) > ((relation.props as Row).articleIds as unknown[]).length)
        .map((relation) => [(relation.props as Row).id as string, relation.evidenceCount as number]),
    );
    return { ...fragment, evidenceCounts, truncated: total > question.limit, total, cypher };
  });
}
