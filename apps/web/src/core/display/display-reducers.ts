import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ExplorerGraph } from "../graph/build-graph.ts";
import { edgeProgram, type EdgeAttributes, type NodeAttributes } from "../graph/graph-attributes.ts";
import type { FilterState } from "../filters/filter-state.ts";
import { connectedNodes } from "../filters/connected-nodes.ts";
import { isEntityVisible, isRelationVisible } from "../filters/visibility.ts";
import { bundleLabel } from "../styling/bundle-label.ts";
import { MUTED_COLOR } from "../styling/palette.ts";
import { edgeBundles, pairKey, type EdgeBundles } from "./edge-bundles.ts";

/** A folded pair's edge: neutral, as its relations may be of several types, and a little thicker. */
const BUNDLE_COLOR = "#52606d";
const BUNDLE_EXTRA_SIZE = 1;

/** A node's display data: sigma's, and whether it is drawn selected (by drawNodeLabel). */
export type ExplorerNodeDisplayData = Partial<NodeDisplayData> & { selected?: boolean };

/** What the picture depends on besides the graph itself. */
export interface DisplayState {
  filters: FilterState;
  hoveredNode?: string;
  selectedNode?: string;
  selectedRelation?: string;
  /** Label every edge (small graphs); otherwise only the edges around the focus. */
  labelAllEdges: boolean;
  /** A neighbourhood view: only these entities (and the shown relations among them) are drawn. */
  restrictTo?: ReadonlySet<string>;
  /** Shortest paths: their entities and relations stand out, the rest is muted. */
  pathHighlight?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** Draw every relation on its own; by default the parallel ones of a pair fold into one edge. */
  splitAll?: boolean;
  /** Pairs (see pairKey) whose relations are drawn one by one (the user clicked their folded edge). */
  splitPairs?: ReadonlySet<string>;
}

/**
 * Sigma node and edge reducers for the explorer: filters hide relations and entity types, and the entities
 * they leave without a shown relation unless asked to keep them; the focus (hovered, else selected node)
 * keeps its neighbourhood in colour and mutes the rest; a neighbourhood view hides everything outside
 * it; shortest paths and the selected relation stand out.
 */
export function createDisplayReducers(graph: ExplorerGraph, index: { readonly relationDays: ReadonlyMap<string, [number, number]> }) {
  let state: DisplayState = {
    filters: { hiddenRelationTypes: new Set(), hiddenEntityTypes: new Set(), hiddenStatuses: new Set() },
    labelAllEdges: false,
  };
  let focus: string | undefined;
  let neighbours = new Set<string>();
  let selectedEnds: readonly string[] = [];

  let filtering = false;
  let filters: FilterState | undefined;
  let restrictTo: ReadonlySet<string> | undefined;
  let bundles: EdgeBundles = { members: new Map(), folded: new Set() };
  let bundledFor: DisplayState | undefined;
  let parallelEdges: string[] | undefined;
  /** Under filters, the nodes some shown edge touches; without, any node with an edge is. */
  let connected: ReadonlySet<string> = new Set();
  const typeVisible = (node: string) => !filtering || isEntityVisible(graph.getNodeAttribute(node, "entityType"), state.filters);
  const inView = (node: string) => !state.restrictTo || state.restrictTo.has(node);
  const edgeVisible = (edge: string) => {
    if (!filtering) return true;
    const { style } = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    return (
      isRelationVisible({ type: style.relationType, status: style.status }, index.relationDays.get(edge), state.filters) &&
      typeVisible(source) &&
      typeVisible(target) &&
      inView(source) &&
      inView(target)
    );
  };
  const nodeVisible = (node: string) => {
    if (!typeVisible(node) || !inView(node)) return false;
    if (state.filters.showOrphans) return true;
    return filtering ? connected.has(node) : graph.degree(node) > 0;
  };

  return {
    setState(next: DisplayState) {
      state = next;
      const { hiddenEntityTypes, hiddenRelationTypes, hiddenStatuses, dayRange } = next.filters;
      filtering =
        hiddenEntityTypes.size + hiddenRelationTypes.size + hiddenStatuses.size > 0 ||
        dayRange !== undefined ||
        next.restrictTo !== undefined;
      if (filtering && (next.filters !== filters || next.restrictTo !== restrictTo)) connected = connectedNodes(graph, edgeVisible);
      filters = next.filters;
      restrictTo = next.restrictTo;
      const rebundle =
        !bundledFor ||
        (["filters", "restrictTo", "splitAll", "splitPairs", "selectedRelation", "pathHighlight"] as const).some(
          (key) => bundledFor![key] !== next[key],
        );
      if (rebundle) {
        bundledFor = next;
        parallelEdges ??= graph.filterEdges((_edge, attributes) => attributes.curvature !== undefined);
        bundles = next.splitAll
          ? { members: new Map(), folded: new Set() }
          : edgeBundles(
              graph,
              parallelEdges,
              edgeVisible,
              // A pair is drawn one by one when asked, or when it holds the selected relation or a step of a path.
              (pair, edges) =>
                next.splitPairs?.has(pair) === true ||
                edges.some((edge) => edge === next.selectedRelation || next.pathHighlight?.edges.has(edge)),
            );
      }
      const nextFocus = next.hoveredNode ?? next.selectedNode;
      focus = nextFocus && graph.hasNode(nextFocus) ? nextFocus : undefined;
      neighbours = new Set();
      if (focus)
        graph.forEachEdge(focus, (edge, _a, source, target) => {
          if (edgeVisible(edge)) neighbours.add(source === focus ? target : source);
        });
      selectedEnds = next.selectedRelation && graph.hasEdge(next.selectedRelation) ? graph.extremities(next.selectedRelation) : [];
    },
    isNodeVisible: nodeVisible,
    /** The relations a folded edge stands for, if it is one. */
    bundleMembers: (edge: string): readonly string[] | undefined => bundles.members.get(edge),
    pairOf: (edge: string) => pairKey(graph.source(edge), graph.target(edge)),
    isEdgeVisible: edgeVisible,
    nodeReducer(node: string, data: NodeAttributes): ExplorerNodeDisplayData {
      if (!nodeVisible(node)) return { ...data, hidden: true };
      // Drawn selected by drawNodeLabel on the labels layer, not `highlighted` on sigma's hover layers (see there).
      if (node === focus || selectedEnds.includes(node)) return { ...data, selected: true, forceLabel: true, zIndex: 2 };
      const standsOut = focus ? neighbours.has(node) : state.pathHighlight?.nodes.has(node);
      if (standsOut === undefined) return data;
      if (standsOut) return { ...data, forceLabel: true, zIndex: 1 };
      return { ...data, color: MUTED_COLOR, label: null, zIndex: 0 };
    },
    /**
     * Spells out an edge's display data from its style: one object literal with every field sigma reads,
     * so that sigma's defaults add nothing to it (see EdgeAttributes for why edges hold so little).
     */
    edgeReducer(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
      const { style } = data;
      const members = bundles.members.get(edge);
      const label = members ? bundleLabel(members.map((member) => graph.getEdgeAttributes(member).style.relationType)) : style.label;
      const display = members
        ? {
            color: BUNDLE_COLOR,
            size: style.size + BUNDLE_EXTRA_SIZE,
            type: "line",
            curvature: 0,
            dash: undefined,
            label: "",
            hidden: false,
            forceLabel: false,
            zIndex: 0,
          }
        : {
            color: style.color,
            size: style.size,
            type: edgeProgram(data),
            curvature: data.curvature ?? 0,
            dash: style.dash,
            label: "",
            hidden: false,
            forceLabel: false,
            zIndex: 0,
          };
      if (!edgeVisible(edge) || bundles.folded.has(edge)) {
        display.hidden = true;
      } else if (edge === state.selectedRelation) {
        display.label = label;
        display.size *= 2.5;
        display.forceLabel = true;
        display.zIndex = 2;
      } else if (focus && graph.hasExtremity(edge, focus)) {
        display.label = label;
        display.forceLabel = true;
        display.zIndex = 1;
      } else if (focus) {
        display.color = MUTED_COLOR;
      } else if (state.pathHighlight?.edges.has(edge)) {
        display.label = label;
        display.size *= 2;
        display.forceLabel = true;
        display.zIndex = 1;
      } else if (state.pathHighlight) {
        display.color = MUTED_COLOR;
      } else if (state.labelAllEdges) {
        display.label = label;
      }
      return display;
    },
  };
}
