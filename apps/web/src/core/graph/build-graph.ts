import { MultiDirectedGraph } from "graphology";
import type { GraphDocument } from "@news-kg/schema";
import { initialPosition } from "../layout/initial-positions.ts";
import { edgeStyle } from "../styling/edge-style.ts";
import { ENTITY_COLORS } from "../styling/palette.ts";
import { nodeSizeForDegree } from "../styling/node-size.ts";
import type { EdgeAttributes, NodeAttributes } from "./graph-attributes.ts";
import { parallelEdgeCurvatures } from "./parallel-edges.ts";

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * The drawable graph of a document: one node per entity (keyed by entity id), one edge per relation
 * (keyed by relation id), styled by type and status, sized by degree, at the given or initial positions.
 * Degrees come from the relations before any node is added, so each node is added once with its final
 * attributes; an edge holds its shared style, and its curvature only if it has parallels (see EdgeAttributes).
 */
export function buildGraph(document: GraphDocument, positions?: ReadonlyMap<string, { x: number; y: number }>): ExplorerGraph {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  const { entities, relations } = document;
  const count = entities.length;
  const entityIndex = new Map<string, number>();
  for (let i = 0; i < count; i++) entityIndex.set(entities[i]!.id, i);
  const degrees = new Uint32Array(count);
  for (const relation of relations) {
    // Unknown ends are left to graphology, which names them when adding the edge.
    const source = entityIndex.get(relation.source);
    const target = entityIndex.get(relation.target);
    if (source !== undefined) degrees[source]!++;
    if (target !== undefined) degrees[target]!++;
  }
  let maxDegree = 0;
  for (const degree of degrees) if (degree > maxDegree) maxDegree = degree;

  for (let i = 0; i < count; i++) {
    const entity = entities[i]!;
    const { x, y } = positions?.get(entity.id) ?? initialPosition(entity.id, count);
    graph.addNode(entity.id, {
      label: entity.name,
      entityType: entity.type,
      color: ENTITY_COLORS[entity.type],
      size: nodeSizeForDegree(degrees[i]!, maxDegree),
      x,
      y,
    });
  }
  // Relations with unknown ends (an invalid document) fail below, when graphology adds them.
  const curvatures = parallelEdgeCurvatures(relations, undefined, entityIndex);
  for (const relation of relations) {
    const style = edgeStyle(relation.type, relation.status);
    const curvature = curvatures.get(relation.id);
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, curvature === undefined ? { style } : { style, curvature });
  }
  return graph;
}
