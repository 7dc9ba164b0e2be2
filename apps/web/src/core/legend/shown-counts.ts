import type { ExplorerGraph } from "../graph/build-graph.ts";
import type { LegendCounts } from "./legend-counts.ts";

const increment = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** How many entities of each type, and relations of each type and status, are drawn now. */
export function shownCounts(
  graph: ExplorerGraph,
  nodeVisible: (node: string) => boolean,
  edgeVisible: (edge: string) => boolean,
): LegendCounts {
  const counts: LegendCounts = { entityTypes: new Map(), relationTypes: new Map(), statuses: new Map() };
  graph.forEachNode((node, attributes) => {
    if (nodeVisible(node)) increment(counts.entityTypes, attributes.entityType);
  });
  graph.forEachEdge((edge, { style }) => {
    if (!edgeVisible(edge)) return;
    increment(counts.relationTypes, style.relationType);
    increment(counts.statuses, style.status);
  });
  return counts;
}
