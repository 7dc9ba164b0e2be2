import type Graph from "graphology";

/** The shown relations (edge keys) between two entities, in either direction, in relation-id order. */
export function relationsBetween(graph: Graph, a: string, b: string, edgeShown: (edge: string) => boolean): string[] {
  // On a directed graph, graphology's edges(a, b) already holds both a → b and b → a.
  return graph.edges(a, b).filter(edgeShown).sort();
}
