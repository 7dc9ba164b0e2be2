import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/** Up to this many nodes the graph is a handful of stories, often in several components. */
const SMALL_GRAPH = 1000;

/**
 * ForceAtlas2 settings for a graph of this many nodes: graphology's inferred ones (Barnes-Hut past 2,000
 * nodes), with stronger gravity on small graphs so separate components stay on one screen.
 */
export function layoutSettings(order: number): ForceAtlas2Settings {
  const inferred = forceAtlas2.inferSettings(order);
  return order <= SMALL_GRAPH ? { ...inferred, gravity: 1 } : inferred;
}
