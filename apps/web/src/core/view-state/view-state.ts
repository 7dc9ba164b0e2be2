import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES } from "@news-kg/schema/vocabulary";
import { partialDateRange, dayToIsoDate } from "../dates/partial-date.ts";
import type { FilterState } from "../filters/filter-state.ts";
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
  selectedNode?: string;
  selectedRelation?: string;
  filters: FilterState;
  camera?: CameraView;
}

const KEYS = [
  "view",
  "sort",
  "node",
  "relation",
  "hideRelations",
  "hideEntities",
  "hideStatuses",
  "from",
  "to",
  "orphans",
  "camera",
] as const;

function listParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): Set<T> {
  const values = (params.get(key) ?? "").split(",");
  return new Set(allowed.filter((member) => values.includes(member)));
}

/** Reads a view from URL query parameters; unknown or malformed values are ignored. */
export function decodeViewState(params: URLSearchParams): ViewState {
  const from = partialDateRange(params.get("from") ?? "");
  const to = partialDateRange(params.get("to") ?? "");
  const camera = (params.get("camera") ?? "").split(",").map(Number);
  const [x, y, ratio] = camera;
  const sort = params.get("sort") ?? "";
  const sortKey = sort.replace(/^-/, "") as SortKey;
  return {
    ...(params.get("view") === "table" ? { table: true } : {}),
    ...(SORT_KEYS.includes(sortKey) ? { sort: { key: sortKey, descending: sort.startsWith("-") } } : {}),
    ...(params.get("node") ? { selectedNode: params.get("node")! } : {}),
    ...(params.get("relation") ? { selectedRelation: params.get("relation")! } : {}),
    filters: {
      hiddenRelationTypes: listParam(params, "hideRelations", RELATION_TYPES),
      hiddenEntityTypes: listParam(params, "hideEntities", ENTITY_TYPES),
      hiddenStatuses: listParam(params, "hideStatuses", RELATION_STATUSES),
      ...(from && to ? { dayRange: [from[0], to[1]] as [number, number] } : {}),
      ...(params.get("orphans") === "show" ? { showOrphans: true } : {}),
    },
    ...(camera.length === 3 && camera.every(Number.isFinite) && ratio! > 0 ? { camera: { x: x!, y: y!, ratio: ratio! } } : {}),
  };
}

/** Writes a view into URL query parameters, keeping the unrelated ones (such as `graph`). */
export function encodeViewState(view: ViewState, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of KEYS) params.delete(key);
  const set = (key: (typeof KEYS)[number], value: string | undefined) => {
    if (value) params.set(key, value);
  };
  if (view.table) set("view", "table");
  if (view.sort) set("sort", `${view.sort.descending ? "-" : ""}${view.sort.key}`);
  set("node", view.selectedNode);
  set("relation", view.selectedRelation);
  set("hideRelations", [...view.filters.hiddenRelationTypes].join(","));
  set("hideEntities", [...view.filters.hiddenEntityTypes].join(","));
  set("hideStatuses", [...view.filters.hiddenStatuses].join(","));
  if (view.filters.dayRange) {
    set("from", dayToIsoDate(view.filters.dayRange[0]));
    set("to", dayToIsoDate(view.filters.dayRange[1]));
  }
  if (view.filters.showOrphans) set("orphans", "show");
  if (view.camera) {
    const { x, y, ratio } = view.camera;
    set("camera", [x.toFixed(4), y.toFixed(4), ratio.toFixed(4)].join(","));
  }
  return params;
}
