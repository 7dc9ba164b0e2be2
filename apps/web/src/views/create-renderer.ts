import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { ExplorerGraph } from "../core/graph/build-graph.ts";
import type { EdgeAttributes, NodeAttributes } from "../core/graph/graph-attributes.ts";
import type { createDisplayReducers } from "../core/display/display-reducers.ts";

/** Graphs up to this size get every label and clickable edges; bigger ones keep sigma's label culling. */
const SMALL_GRAPH_NODES = 300;
const CLICKABLE_EDGES_LIMIT = 20_000;

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes>;

export function createRenderer(graph: ExplorerGraph, container: HTMLElement, reducers: ReturnType<typeof createDisplayReducers>): ExplorerRenderer {
  const small = graph.order <= SMALL_GRAPH_NODES;
  return new Sigma(graph, container, {
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    defaultEdgeType: "line",
    edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
    renderEdgeLabels: true,
    enableEdgeEvents: graph.size <= CLICKABLE_EDGES_LIMIT,
    zIndex: true,
    labelFont: '"Noto Sans", "DejaVu Sans", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1f2933" },
    edgeLabelFont: '"Noto Sans", "DejaVu Sans", system-ui, sans-serif',
    edgeLabelSize: 10,
    edgeLabelColor: { color: "#52606d" },
    labelDensity: small ? 1 : 0.07,
    labelRenderedSizeThreshold: small ? 0 : 8,
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 5,
  });
}
