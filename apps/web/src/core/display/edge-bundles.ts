import type Graph from "graphology";

/** Keys a pair of entities, whichever way round. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export interface EdgeBundles {
  /** The edge that stands for its pair, with every shown edge of the pair (itself first). */
  members: Map<string, string[]>;
  /** The other edges of bundled pairs: drawn through their pair's edge, not on their own. */
  folded: Set<string>;
}

/**
 * Folds the shown parallel edges of each pair of entities into one, unless `split` says to draw that
 * pair's edges one by one. `candidates` are the edges that share their ends with another (only they can
 * fold), in graph order.
 */
export function edgeBundles(
  graph: Graph,
  candidates: readonly string[],
  edgeShown: (edge: string) => boolean,
  split: (pair: string, edges: readonly string[]) => boolean,
): EdgeBundles {
  const pairs = new Map<string, string[]>();
  for (const edge of candidates) {
    if (!edgeShown(edge)) continue;
    const key = pairKey(graph.source(edge), graph.target(edge));
    const edges = pairs.get(key);
    if (edges) edges.push(edge);
    else pairs.set(key, [edge]);
  }
  const bundles: EdgeBundles = { members: new Map(), folded: new Set() };
  for (const [key, edges] of pairs) {
    if (edges.length < 2 || split(key, edges)) continue;
    bundles.members.set(edges[0]!, edges);
    for (const edge of edges.slice(1)) bundles.folded.add(edge);
  }
  return bundles;
}
