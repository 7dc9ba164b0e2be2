import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";

/** ForceAtlas2 settings for a graph of this many nodes: graphology's inferred ones (Barnes-Hut past 2,000 nodes). */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return forceAtlas2.inferSettings(order);
}
