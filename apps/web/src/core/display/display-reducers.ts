import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ExplorerGraph } from "../graph/build-graph.ts";
import type { EdgeAttributes, NodeAttributes } from "../graph/graph-attributes.ts";
import type { FilterState } from "../filters/filter-state.ts";
import { isEntityVisible, isRelationVisible } from "../filters/visibility.ts";
import { MUTED_COLOR } from "../styling/palette.ts";

/** What the picture depends on besides the graph itself. */
export interface DisplayState {
  filters: FilterState;
  hoveredNode?: string;
  selectedNode?: string;
  selectedRelation?: string;
  /** Label every edge (small graphs); otherwise only the edges around the focus. */
  labelAllEdges: boolean;
}

/**
 * Sigma node and edge reducers for the explorer: filters hide, the focus (hovered, else selected node)
 * keeps its neighbourhood in colour and mutes the rest, the selected relation stands out.
 */
export function createDisplayReducers(graph: ExplorerGraph, relationDays: ReadonlyMap<string, [number, number]>) {
  let state: DisplayState = { filters: { hiddenRelationTypes: new Set(), hiddenEntityTypes: new Set(), hiddenStatuses: new Set() }, labelAllEdges: false };
  let focus: string | undefined;
  let neighbours = new Set<string>();

  let filtering = false;
  const nodeVisible = (node: string) => !filtering || isEntityVisible(graph.getNodeAttribute(node, "entityType"), state.filters);
  const edgeVisible = (edge: string) => {
    if (!filtering) return true;
    const attributes = graph.getEdgeAttributes(edge);
    return (
      isRelationVisible({ type: attributes.relationType, status: attributes.status }, relationDays.get(edge), state.filters) &&
      nodeVisible(graph.source(edge)) &&
      nodeVisible(graph.target(edge))
    );
  };

  return {
    setState(next: DisplayState) {
      state = next;
      const { hiddenEntityTypes, hiddenRelationTypes, hiddenStatuses, dayRange } = next.filters;
      filtering = hiddenEntityTypes.size + hiddenRelationTypes.size + hiddenStatuses.size > 0 || dayRange !== undefined;
      const nextFocus = next.hoveredNode ?? next.selectedNode;
      focus = nextFocus && graph.hasNode(nextFocus) ? nextFocus : undefined;
      neighbours = new Set();
      if (focus) graph.forEachEdge(focus, (edge, _a, source, target) => {
        if (edgeVisible(edge)) neighbours.add(source === focus ? target : source);
      });
    },
    isEdgeVisible: edgeVisible,
    nodeReducer(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
      if (!nodeVisible(node)) return { ...data, hidden: true };
      const selectedEnds: string[] = state.selectedRelation && graph.hasEdge(state.selectedRelation) ? graph.extremities(state.selectedRelation) : [];
      if (node === focus || selectedEnds.includes(node)) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (!focus) return data;
      if (neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
      return { ...data, color: MUTED_COLOR, label: null, zIndex: 0 };
    },
    edgeReducer(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
      if (!edgeVisible(edge)) return { ...data, hidden: true };
      // The common case returns the attributes as they are: no copy per edge on big graphs.
      if (edge === state.selectedRelation) return { ...data, label: data.relationLabel, size: data.size * 2.5, forceLabel: true, zIndex: 2 };
      if (focus && graph.hasExtremity(edge, focus)) return { ...data, label: data.relationLabel, forceLabel: true, zIndex: 1 };
      if (focus) return { ...data, color: MUTED_COLOR, zIndex: 0 };
      return state.labelAllEdges ? { ...data, label: data.relationLabel } : data;
    },
  };
}
