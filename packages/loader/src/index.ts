export { connect, displayUri, explainNeo4jError, Neo4jConnectionError, type ConnectOptions } from "./connect.ts";
export { exportGraph } from "./export-graph.ts";
export { ENTITY_NAMES_INDEX, LOADED_BY, type GraphTarget } from "./graph-model.ts";
export { documentSizes, documentSource, loadWorkSize, type GraphSizes, type GraphSource } from "./graph-source.ts";
export { DEFAULT_BATCH_SIZE, loadGraph, type LoadOptions, type LoadPhase, type LoadProgress, type LoadSummary } from "./load-graph.ts";
export { resetGraph, type ResetCounts } from "./reset-graph.ts";
export { GraphOwnershipError } from "./ownership.ts";
export type { WriteCounts } from "./write-counts.ts";
export {
  EXPLORE_MAX_RETRY_MS,
  exploreApi,
  OVERVIEW_TTL_MS,
  NEIGHBOURHOOD_LIMIT,
  SEARCH_LIMIT,
  type ApiAnswer,
  type ExploreApi,
  type ExploreApiOptions,
} from "./explore/explore-api.ts";
export { ExploreError } from "./explore/explore-error.ts";
export { exploreOverview, type GraphOverview } from "./explore/explore-overview.ts";
export { entitySearchQuery, searchEntities, type EntityHit } from "./explore/search-entities.ts";
export { neighbourhood, type Neighbourhood, type NeighbourhoodQuestion } from "./explore/neighbourhood.ts";
export { MAX_PATHS, MAX_PATH_LENGTH, shortestPaths, type PathQuestion, type ShortestPaths } from "./explore/shortest-paths.ts";
export { relationById } from "./explore/relation-by-id.ts";
export { NO_RELATION_FILTER, type RelationFilter } from "./explore/relation-filter.ts";
export type { GraphFragment } from "./explore/read-fragment.ts";
export type { CypherQuestion } from "./explore/cypher-question.ts";
