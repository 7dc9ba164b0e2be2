import { UndirectedGraph } from "graphology";
import type Graph from "graphology";

/**
 * The shown part of the graph as a simple undirected graph: one edge per pair of entities that some
 * shown relation links, whatever its direction. Neighbourhoods and paths are walked on it: a researcher
 * asking how two entities are connected means any relation, either way, among those on screen.
 */
export function shownUndirected(graph: Graph, edgeShown: (edge: string) => boolean): UndirectedGraph {
  const view = new UndirectedGraph();
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (edgeShown(edge) && source !== target) view.mergeEdge(source, target);
  });
  return view;
}
