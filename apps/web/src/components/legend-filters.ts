import {
  ENTITY_TYPES,
  RELATION_STATUSES,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  type EntityType,
  type RelationStatus,
  type RelationType,
} from "@news-kg/schema/vocabulary";
import type { FilterState } from "../core/filters/filter-state.ts";
import type { LegendCounts } from "../core/legend/legend-counts.ts";
import { ENTITY_COLORS, RELATION_COLORS, STATUS_STYLES, withOpacity } from "../core/styling/palette.ts";
import { h } from "./dom.ts";

export type FilterToggle =
  | { kind: "entity"; value: EntityType }
  | { kind: "relation"; value: RelationType }
  | { kind: "status"; value: RelationStatus };

function row(swatch: HTMLElement, name: string, count: number, checked: boolean, filter: string, onChange: () => void): HTMLElement {
  const box = h("input", { attrs: { type: "checkbox" }, dataset: { filter }, on: { change: onChange } });
  box.checked = checked;
  return h(
    "label",
    { class: `legend-row${checked ? "" : " off"}` },
    box,
    swatch,
    h("span", { class: "legend-name" }, name),
    h("span", { class: "legend-count" }, String(count)),
  );
}

const pretty = (name: string) => name.charAt(0) + name.slice(1).toLowerCase().replaceAll("_", " ");

/**
 * The legend, which doubles as the filter panel: one checkbox per entity type, relation type and status
 * present in the document, with its colour or line style and how many items it has.
 */
export function legendFilters(counts: LegendCounts, filters: FilterState, onToggle: (toggle: FilterToggle) => void): HTMLElement {
  const entityRows = ENTITY_TYPES.filter((t) => counts.entityTypes.has(t)).map((type) =>
    row(
      h("span", { class: "swatch-node", style: { background: ENTITY_COLORS[type] } }),
      pretty(type),
      counts.entityTypes.get(type)!,
      !filters.hiddenEntityTypes.has(type),
      `entity:${type}`,
      () => onToggle({ kind: "entity", value: type }),
    ),
  );
  const relationRows = RELATION_TYPES.filter((t) => counts.relationTypes.has(t)).map((type) =>
    row(
      h("span", { class: `swatch-edge${SYMMETRIC_RELATIONS.has(type) ? "" : " arrow"}`, style: { "--edge-color": RELATION_COLORS[type] } }),
      type,
      counts.relationTypes.get(type)!,
      !filters.hiddenRelationTypes.has(type),
      `relation:${type}`,
      () => onToggle({ kind: "relation", value: type }),
    ),
  );
  const statusRows = RELATION_STATUSES.filter((s) => counts.statuses.has(s)).map((status) =>
    row(
      h("span", {
        class: "swatch-edge",
        style: { "--edge-color": withOpacity("#333333", STATUS_STYLES[status].opacity), "--edge-size": `${STATUS_STYLES[status].size}px` },
      }),
      status,
      counts.statuses.get(status)!,
      !filters.hiddenStatuses.has(status),
      `status:${status}`,
      () => onToggle({ kind: "status", value: status }),
    ),
  );
  return h(
    "div",
    { class: "legend" },
    h("h3", {}, "Entities"),
    ...entityRows,
    h("h3", {}, "Relations"),
    ...relationRows,
    h("p", { class: "legend-note" }, "Arrows point from actor to target; MET and SIGNED have none."),
    h("h3", {}, "Status"),
    ...statusRows,
  );
}
