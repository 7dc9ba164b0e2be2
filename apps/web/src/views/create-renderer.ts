import Sigma from "sigma";
import { drawStraightEdgeLabel } from "sigma/rendering";
import { EDGE_PROGRAMS } from "../rendering/edge-programs.ts";
import { placedEdgeLabels } from "../rendering/placed-edge-labels.ts";
import { drawNodeLabel } from "../rendering/selected-node-label.ts";
import type { ExplorerGraph } from "../core/graph/build-graph.ts";
import type { EdgeAttributes, NodeAttributes } from "../core/graph/graph-attributes.ts";
import type { createDisplayReducers } from "../core/display/display-reducers.ts";

/** Graphs up to this size get every label; bigger ones keep sigma's label culling. */
const SMALL_GRAPH_NODES = 300;
/**
 * Up to this many edges, edges are clickable, hovering highlights a neighbourhood, focused items are
 * drawn on top and edges stay drawn while the camera moves. Each costs a pass over every edge per change
 * or frame, which big graphs cannot afford.
 */
export const INTERACTIVE_EDGES_LIMIT = 20_000;

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes>;

/** The settings that follow the graph's size (set again when a live view changes what is drawn). */
export function sizeSettings(graph: ExplorerGraph) {
  const small = graph.order <= SMALL_GRAPH_NODES;
  return {
    enableEdgeEvents: graph.size <= INTERACTIVE_EDGES_LIMIT,
    zIndex: graph.size <= INTERACTIVE_EDGES_LIMIT,
    hideEdgesOnMove: graph.size > INTERACTIVE_EDGES_LIMIT,
    labelDensity: small ? 1 : 0.07,
    labelRenderedSizeThreshold: small ? 0 : 8,
  };
}

export function createRenderer(
  graph: ExplorerGraph,
  container: HTMLElement,
  reducers: ReturnType<typeof createDisplayReducers>,
): ExplorerRenderer {
  return new Sigma(graph, container, {
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    defaultEdgeType: "line",
    edgeProgramClasses: EDGE_PROGRAMS,
    renderEdgeLabels: true,
    defaultDrawEdgeLabel: placedEdgeLabels(drawStraightEdgeLabel),
    defaultDrawNodeLabel: drawNodeLabel,
    ...sizeSettings(graph),
    labelFont: '"Noto Sans", "DejaVu Sans", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1f2933" },
    edgeLabelFont: '"Noto Sans", "DejaVu Sans", system-ui, sans-serif',
    edgeLabelSize: 10,
    edgeLabelColor: { color: "#52606d" },
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 5,
  });
}
