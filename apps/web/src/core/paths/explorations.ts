import type { UndirectedGraph } from "graphology";
import type { DocumentIndex } from "../data/document-index.ts";
import type { FilterState } from "../filters/filter-state.ts";
import { relationFilter } from "../filters/relation-filter.ts";
import type { ExplorerGraph } from "../graph/build-graph.ts";
import { shownUndirected } from "../graph/shown-undirected.ts";
import { focusSet, type FocusView } from "../neighbourhood/focus-set.ts";
import { relationsBetween } from "./relations-between.ts";
import { shortestPaths, type ShortestPaths } from "./shortest-paths.ts";

/** Paths listed on the card; the picture draws them all. */
export const MAX_LISTED_PATHS = 5;

export interface PathView {
  from: string;
  to: string;
  /** Undefined when no path joins the two through the relations shown. */
  found?: ShortestPaths;
  /** Every shown relation along some shortest path. */
  relations: Set<string>;
}

export interface Exploration {
  /** The entities of the neighbourhood view, if one is open. */
  restrictTo?: Set<string>;
  path?: PathView;
}

/**
 * Works out the neighbourhood and the shortest paths a view asks for, over the relations its filters
 * show. The walkable graph is rebuilt only when the filters change (focus and paths reuse it).
 */
export function createExplorations(graph: ExplorerGraph, index: DocumentIndex) {
  let walkable: { filters: FilterState; view: UndirectedGraph; edgeShown: (edge: string) => boolean } | undefined;
  const walkableFor = (filters: FilterState) => {
    if (walkable?.filters !== filters) {
      const shown = relationFilter(index, filters);
      const edgeShown = (edge: string) => shown(index.relations.get(edge)!);
      walkable = { filters, view: shownUndirected(graph, edgeShown), edgeShown };
    }
    return walkable;
  };
  return function explore(view: { filters: FilterState; focus?: FocusView; path?: [string, string] }): Exploration {
    if (!view.focus && !view.path) return {};
    const { view: walk, edgeShown } = walkableFor(view.filters);
    const exploration: Exploration = {};
    if (view.focus) exploration.restrictTo = focusSet(walk, view.focus);
    if (view.path) {
      const [from, to] = view.path;
      const found = shortestPaths(walk, from, to, MAX_LISTED_PATHS);
      const relations = new Set(found?.steps.flatMap(([a, b]) => relationsBetween(graph, a, b, edgeShown)));
      exploration.path = { from, to, relations, ...(found ? { found } : {}) };
    }
    return exploration;
  };
}
