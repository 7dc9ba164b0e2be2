import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES } from "@news-kg/schema/vocabulary";
import { partialDateRange, dayToIsoDate } from "../dates/partial-date.ts";
import type { FilterState } from "../filters/filter-state.ts";
import type { FocusView } from "../neighbourhood/focus-set.ts";
import { SORT_KEYS, type SortKey, type TableSort } from "../table/table-sort.ts";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** Everything a shared link reopens: selection, filters, camera, and the table with its order. */
export interface ViewState {
  /** The relation table is open over the graph (`view=table`). */
  table?: boolean;
  /** The table's order (`sort=date`, `sort=-date` for descending); the default order when absent. */
  sort?: TableSort;
  /** Only a neighbourhood is shown (`focus=<id>&hops=N&expand=<id>,<id>`). */
  focus?: FocusView;
  /** Every relation drawn on its own (`parallel=split`); by default a pair's relations fold into one edge. */
  splitParallel?: boolean;
  /** The shortest paths between two entities are drawn and listed (`path=<idA>,<idB>`). */
  path?: [string, string];
  selectedNode?: string;
  selectedRelation?: string;
  filters: FilterState;
  camera?: CameraView;
  /** Live mode (the explorer on Neo4j): what has been fetched and drawn. Absent in document mode. */
  live?: LiveExploration;
}

/**
 * What live mode has drawn: the neighbourhood of a seed entity (`node=<id>&hops=N`) and of each entity
 * expanded since (`expand=<id>,<id>`, one hop each), all under the filters of the view.
 */
export interface LiveExploration {
  node?: string;
  hops: number;
  expand: readonly string[];
}

/** The deepest neighbourhood live mode asks the API for (`hops=1|2`): a hub's two hops are most of a graph. */
export const MAX_LIVE_HOPS = 2;

/** Written for a type or status list that lets nothing through (an empty value would read as "all"). */
const NONE = "none";

/** The deepest neighbourhood a link may ask for: beyond it, most graphs are whole again. */
export const MAX_HOPS = 5;

const KEYS = [
  "view",
  "sort",
  "focus",
  "hops",
  "expand",
  "path",
  "parallel",
  "node",
  "select",
  "relation",
  "hideRelations",
  "hideEntities",
  "hideStatuses",
  "types",
  "statuses",
  "from",
  "to",
  "orphans",
  "undated",
  "camera",
] as const;

function listParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): Set<T> {
  const values = (params.get(key) ?? "").split(",");
  return new Set(allowed.filter((member) => values.includes(member)));
}

/** The members left out of a list of those shown (`types=MET,VISITED`); none when the list is absent. */
function hiddenByShownList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): Set<T> {
  if (!params.has(key)) return new Set();
  const shown = listParam(params, key, allowed);
  return new Set(allowed.filter((member) => !shown.has(member)));
}

/** The members shown, for a `types=` or `statuses=` list; nothing to write when all are. */
function shownList<T extends string>(hidden: ReadonlySet<T>, allowed: readonly T[]): string | undefined {
  if (hidden.size === 0) return undefined;
  return allowed.filter((member) => !hidden.has(member)).join(",") || NONE;
}

/**
 * Reads a view from URL query parameters; unknown or malformed values are ignored. In live mode `node` is
 * the seed entity (the selection is `select`), and relation types and statuses are the lists the API is
 * asked for (`types=`, `statuses=`) rather than those hidden.
 */
export function decodeViewState(params: URLSearchParams, mode: "document" | "live" = "document"): ViewState {
  const view = decodeDocumentView(params);
  if (mode === "document") return view;
  const { focus: _focus, selectedNode: _node, ...rest } = view;
  const hops = Number(params.get("hops") ?? 1);
  const node = params.get("node");
  const selected = params.get("select");
  return {
    ...rest,
    ...(selected ? { selectedNode: selected } : {}),
    filters: {
      ...view.filters,
      hiddenRelationTypes: hiddenByShownList(params, "types", RELATION_TYPES),
      hiddenStatuses: hiddenByShownList(params, "statuses", RELATION_STATUSES),
    },
    live: {
      ...(node ? { node } : {}),
      hops: Number.isInteger(hops) && hops >= 1 ? Math.min(hops, MAX_LIVE_HOPS) : 1,
      expand: [...new Set((params.get("expand") ?? "").split(",").filter(Boolean))],
    },
  };
}

function decodeDocumentView(params: URLSearchParams): ViewState {
  const from = partialDateRange(params.get("from") ?? "");
  const to = partialDateRange(params.get("to") ?? "");
  const camera = (params.get("camera") ?? "").split(",").map(Number);
  const [x, y, ratio] = camera;
  const sort = params.get("sort") ?? "";
  const focus = params.get("focus");
  const hops = Number(params.get("hops") ?? 1);
  const path = (params.get("path") ?? "").split(",");
  const sortKey = sort.replace(/^-/, "") as SortKey;
  return {
    ...(params.get("view") === "table" ? { table: true } : {}),
    ...(SORT_KEYS.includes(sortKey) ? { sort: { key: sortKey, descending: sort.startsWith("-") } } : {}),
    ...(focus
      ? {
          focus: {
            center: focus,
            hops: Number.isInteger(hops) && hops >= 1 ? Math.min(hops, MAX_HOPS) : 1,
            expanded: (params.get("expand") ?? "").split(",").filter(Boolean),
          },
        }
      : {}),
    ...(path.length === 2 && path[0] && path[1] ? { path: [path[0], path[1]] as [string, string] } : {}),
    ...(params.get("parallel") === "split" ? { splitParallel: true } : {}),
    ...(params.get("node") ? { selectedNode: params.get("node")! } : {}),
    ...(params.get("relation") ? { selectedRelation: params.get("relation")! } : {}),
    filters: {
      hiddenRelationTypes: listParam(params, "hideRelations", RELATION_TYPES),
      hiddenEntityTypes: listParam(params, "hideEntities", ENTITY_TYPES),
      hiddenStatuses: listParam(params, "hideStatuses", RELATION_STATUSES),
      ...(from && to ? { dayRange: [from[0], to[1]] as [number, number] } : {}),
      ...(params.get("orphans") === "show" ? { showOrphans: true } : {}),
      ...(params.get("undated") === "include" ? { includeUndated: true } : {}),
    },
    ...(camera.length === 3 && camera.every(Number.isFinite) && ratio! > 0 ? { camera: { x: x!, y: y!, ratio: ratio! } } : {}),
  };
}

/** Writes a view into URL query parameters, keeping the unrelated ones (such as `graph`); a live view as live mode reads it. */
export function encodeViewState(view: ViewState, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of KEYS) params.delete(key);
  const set = (key: (typeof KEYS)[number], value: string | undefined) => {
    if (value) params.set(key, value);
  };
  if (view.table) set("view", "table");
  if (view.sort) set("sort", `${view.sort.descending ? "-" : ""}${view.sort.key}`);
  if (view.focus) {
    set("focus", view.focus.center);
    set("hops", String(view.focus.hops));
    set("expand", view.focus.expanded.join(","));
  }
  set("path", view.path?.join(","));
  if (view.splitParallel) set("parallel", "split");
  if (view.live) {
    set("node", view.live.node);
    if (view.live.hops > 1) set("hops", String(view.live.hops));
    set("expand", view.live.expand.join(","));
    set("select", view.selectedNode);
    set("types", shownList(view.filters.hiddenRelationTypes, RELATION_TYPES));
    set("statuses", shownList(view.filters.hiddenStatuses, RELATION_STATUSES));
  } else {
    set("node", view.selectedNode);
    set("hideRelations", [...view.filters.hiddenRelationTypes].join(","));
    set("hideStatuses", [...view.filters.hiddenStatuses].join(","));
  }
  set("relation", view.selectedRelation);
  set("hideEntities", [...view.filters.hiddenEntityTypes].join(","));
  if (view.filters.dayRange) {
    set("from", dayToIsoDate(view.filters.dayRange[0]));
    set("to", dayToIsoDate(view.filters.dayRange[1]));
  }
  if (view.filters.showOrphans) set("orphans", "show");
  if (view.filters.includeUndated) set("undated", "include");
  if (view.camera) {
    const { x, y, ratio } = view.camera;
    set("camera", [x.toFixed(4), y.toFixed(4), ratio.toFixed(4)].join(","));
  }
  return params;
}
