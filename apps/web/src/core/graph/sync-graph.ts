import type { ExplorerGraph } from "./build-graph.ts";

/**
 * Makes the drawn graph hold what `next` holds, in place (live mode: the renderer and the layout keep
 * drawing the same graph): what `next` lacks is dropped, what it adds is added at its position there,
 * and what both hold takes `next`'s attributes (a node's size follows its new degree, an edge's
 * curvature its new parallels) except a drawn node's position, which stays where it is.
 */
export function syncGraph(drawn: ExplorerGraph, next: ExplorerGraph): void {
  for (const edge of drawn.filterEdges((edge) => !next.hasEdge(edge))) drawn.dropEdge(edge);
  for (const node of drawn.filterNodes((node) => !next.hasNode(node))) drawn.dropNode(node);
  next.forEachNode((node, attributes) => {
    if (!drawn.hasNode(node)) return void drawn.addNode(node, attributes);
    const { x, y } = drawn.getNodeAttributes(node);
    drawn.replaceNodeAttributes(node, { ...attributes, x, y });
  });
  next.forEachEdge((edge, attributes, source, target) => {
    if (drawn.hasEdge(edge)) drawn.replaceEdgeAttributes(edge, attributes);
    else drawn.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
}
