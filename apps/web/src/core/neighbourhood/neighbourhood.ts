import type Graph from "graphology";
import { bfsFromNode } from "graphology-traversal/bfs";

/** The entities within `hops` steps of `center` (itself included), breadth first over `view`. */
export function neighbourhood(view: Graph, center: string, hops: number): Set<string> {
  const nodes = new Set([center]);
  if (!view.hasNode(center)) return nodes;
  bfsFromNode(view, center, (node, _attributes, depth) => {
    nodes.add(node);
    return depth >= hops; // true: go no further from this node
  });
  return nodes;
}
