import type Graph from "graphology";

/** The nodes at one end of at least one edge that `edgeVisible` keeps: what hiding unconnected entities leaves. */
export function connectedNodes(graph: Graph, edgeVisible: (edge: string) => boolean): Set<string> {
  const connected = new Set<string>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (!edgeVisible(edge)) return;
    connected.add(source);
    connected.add(target);
  });
  return connected;
}
