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

export type FilterGroup = "entity" | "relation" | "status";

export interface LegendActions {
  /** Hides exactly these members of a group (and shows the others). */
  setHidden(group: FilterGroup, hidden: ReadonlySet<string>): void;
  setShowOrphans(show: boolean): void;
  setSplitParallel(split: boolean): void;
}

interface GroupSpec<T extends string> {
  group: FilterGroup;
  title: string;
  /** The group's members present in the document, in vocabulary order. */
  members: readonly T[];
  hidden: ReadonlySet<T>;
  total: ReadonlyMap<T, number>;
  shown: ReadonlyMap<T, number>;
  swatch(member: T): HTMLElement;
  name(member: T): string;
}

const pretty = (name: string) => name.charAt(0) + name.slice(1).toLowerCase().replaceAll("_", " ");

/** One group of the legend: All / None, then a row per member with its box, swatch, shown / total count and "only". */
function filterGroup<T extends string>(spec: GroupSpec<T>, actions: LegendActions): HTMLElement[] {
  const { group, members, hidden } = spec;
  const set = (next: Iterable<T>) => () => actions.setHidden(group, new Set(next));
  const groupButton = (label: string, key: string, next: Iterable<T>, what: string) =>
    h("button", { class: "link group-action", title: what, dataset: { focusKey: `${key}:${group}` }, on: { click: set(next) } }, label);
  const rows = members.map((member) => {
    const checked = !hidden.has(member);
    const filter = `${group}:${member}`;
    const box = h("input", {
      attrs: { type: "checkbox" },
      dataset: { filter, focusKey: filter },
      on: { change: set(checked ? [...hidden, member] : [...hidden].filter((m) => m !== member)) },
    });
    box.checked = checked;
    const name = spec.name(member);
    return h(
      "div",
      { class: `legend-row${checked ? "" : " off"}` },
      h("label", {}, box, spec.swatch(member), h("span", { class: "legend-name" }, name)),
      h("span", { class: "legend-count", title: "shown / total" }, `${spec.shown.get(member) ?? 0} / ${spec.total.get(member)}`),
      h(
        "button",
        {
          class: "link only",
          attrs: { "aria-label": `Show only ${name}` },
          dataset: { only: filter, focusKey: `only:${filter}` },
          on: { click: set(members.filter((m) => m !== member)) },
        },
        "only",
      ),
    );
  });
  return [
    h(
      "h3",
      { class: "legend-group" },
      h("span", {}, spec.title),
      groupButton("all", "all", [], `Show every ${spec.title.toLowerCase()} type`),
      groupButton("none", "none", members, `Hide every ${spec.title.toLowerCase()} type`),
    ),
    ...rows,
  ];
}

/**
 * The legend, which doubles as the filter panel: per entity type, relation type and status present in
 * the document, a checkbox, its colour or line style, how many are shown of how many, and "only" to show
 * it alone; All / None per group; whether entities left without a shown relation stay on screen, and
 * whether the relations of a pair are drawn apart.
 */
export function legendFilters(
  total: LegendCounts,
  shown: LegendCounts,
  filters: FilterState,
  splitParallel: boolean,
  actions: LegendActions,
): HTMLElement {
  const orphans = h("input", {
    attrs: { type: "checkbox" },
    dataset: { filter: "orphans", focusKey: "orphans" },
    on: { change: () => actions.setShowOrphans(orphans.checked) },
  });
  orphans.checked = filters.showOrphans === true;
  const parallel = h("input", {
    attrs: { type: "checkbox" },
    dataset: { filter: "parallel", focusKey: "parallel" },
    on: { change: () => actions.setSplitParallel(parallel.checked) },
  });
  parallel.checked = splitParallel;
  return h(
    "div",
    { class: "legend" },
    ...filterGroup<EntityType>(
      {
        group: "entity",
        title: "Entities",
        members: ENTITY_TYPES.filter((t) => total.entityTypes.has(t)),
        hidden: filters.hiddenEntityTypes,
        total: total.entityTypes,
        shown: shown.entityTypes,
        swatch: (type) => h("span", { class: "swatch-node", style: { background: ENTITY_COLORS[type] } }),
        name: pretty,
      },
      actions,
    ),
    h("label", { class: "legend-row orphans" }, orphans, h("span", { class: "legend-name" }, "Show unconnected entities")),
    ...filterGroup<RelationType>(
      {
        group: "relation",
        title: "Relations",
        members: RELATION_TYPES.filter((t) => total.relationTypes.has(t)),
        hidden: filters.hiddenRelationTypes,
        total: total.relationTypes,
        shown: shown.relationTypes,
        swatch: (type) =>
          h("span", {
            class: `swatch-edge${SYMMETRIC_RELATIONS.has(type) ? "" : " arrow"}`,
            style: { "--edge-color": RELATION_COLORS[type] },
          }),
        name: (type) => type,
      },
      actions,
    ),
    h("p", { class: "legend-note" }, "Arrows point from actor to target; MET and SIGNED have none."),
    h("label", { class: "legend-row orphans" }, parallel, h("span", { class: "legend-name" }, "Draw each relation of a pair apart")),
    h("p", { class: "legend-note" }, "Otherwise a pair's relations share one grey edge; click it to draw them apart."),
    ...filterGroup<RelationStatus>(
      {
        group: "status",
        title: "Status",
        members: RELATION_STATUSES.filter((s) => total.statuses.has(s)),
        hidden: filters.hiddenStatuses,
        total: total.statuses,
        shown: shown.statuses,
        swatch: (status) => {
          const style = STATUS_STYLES[status];
          return h("span", {
            class: `swatch-edge status-${status}`,
            style: { "--edge-color": withOpacity("#333333", style.opacity), "--edge-size": `${style.size}px` },
          });
        },
        name: (status) => status,
      },
      actions,
    ),
  );
}
