import { MultiDirectedGraph } from "graphology";
import type { GraphDocument } from "@news-kg/schema";
import { initialPosition } from "../layout/initial-positions.ts";
import { edgeStyle } from "../styling/edge-style.ts";
import { ENTITY_COLORS } from "../styling/palette.ts";
import { nodeSizeForDegree } from "../styling/node-size.ts";
import type { EdgeAttributes, EdgeProgramName, NodeAttributes } from "./graph-attributes.ts";
import { parallelEdgeCurvatures } from "./parallel-edges.ts";

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * The drawable graph of a document: one node per entity (keyed by entity id), one edge per relation
 * (keyed by relation id), styled by type and status, sized by degree, at the given or initial positions.
 */
export function buildGraph(
  document: GraphDocument,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
): ExplorerGraph {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  const count = document.entities.length;
  for (const entity of document.entities) {
    graph.addNode(entity.id, {
      label: entity.name,
      entityType: entity.type,
      color: ENTITY_COLORS[entity.type],
      size: 0,
      ...(positions?.get(entity.id) ?? initialPosition(entity.id, count)),
    });
  }
  const curvatures = parallelEdgeCurvatures(document.relations);
  for (const relation of document.relations) {
    const style = edgeStyle(relation.type, relation.status);
    const curvature = curvatures.get(relation.id) ?? 0;
    const program: EdgeProgramName = curvature === 0 ? (style.arrow ? "arrow" : "line") : style.arrow ? "curvedArrow" : "curved";
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      relationType: relation.type,
      status: relation.status,
      color: style.color,
      size: style.size,
      relationLabel: style.label,
      type: program,
      curvature,
    });
  }
  let maxDegree = 0;
  graph.forEachNode((node) => (maxDegree = Math.max(maxDegree, graph.degree(node))));
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, size: nodeSizeForDegree(graph.degree(node), maxDegree) }));
  return graph;
}
