export { connect, displayUri, explainNeo4jError, Neo4jConnectionError, type ConnectOptions } from "./connect.ts";
export { exportGraph } from "./export-graph.ts";
export { ENTITY_NAMES_INDEX, LOADED_BY, type GraphTarget } from "./graph-model.ts";
export { documentSizes, documentSource, loadWorkSize, type GraphSizes, type GraphSource } from "./graph-source.ts";
export { DEFAULT_BATCH_SIZE, loadGraph, type LoadOptions, type LoadPhase, type LoadProgress, type LoadSummary } from "./load-graph.ts";
export { resetGraph, type ResetCounts } from "./reset-graph.ts";
export { GraphOwnershipError } from "./ownership.ts";
export type { WriteCounts } from "./write-counts.ts";
