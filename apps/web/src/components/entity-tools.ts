import type { Entity } from "@news-kg/schema";
import type { FocusView } from "../core/neighbourhood/focus-set.ts";
import type { SearchIndex } from "../core/search/search-index.ts";
import { h } from "./dom.ts";
import { searchBox } from "./search-box.ts";

export interface EntityToolActions {
  focus(entityId: string, hops: number): void;
  toggleExpanded(entityId: string): void;
  pathTo(from: string, to: string): void;
}

/** Hops offered on the card; the focus bar goes further one step at a time. */
const CARD_HOPS = [1, 2, 3];

/**
 * What a card offers to explore from its entity: its N-hop neighbourhood alone, expanding it into (or
 * collapsing it out of) the neighbourhood on screen, and the shortest paths to another entity. In live
 * mode (`live`) the graph is what was fetched: _Expand_ fetches the entity's neighbours and draws them,
 * _Collapse_ takes them away again (not on the seed entity, whose neighbourhood the view starts from).
 */
export function entityTools(
  entity: Entity,
  focus: FocusView | undefined,
  search: SearchIndex,
  actions: EntityToolActions,
  live?: { expanded: boolean; seed: boolean },
): HTMLElement {
  const inFocus = focus && focus.center !== entity.id;
  const expanded = live?.expanded ?? focus?.expanded.includes(entity.id) ?? false;
  const expandButton = h(
    "button",
    { class: "chip", dataset: { action: "expand" }, on: { click: () => actions.toggleExpanded(entity.id) } },
    expanded ? "Collapse its neighbours" : "Expand: add its neighbours",
  );
  return h(
    "div",
    { class: "entity-tools" },
    live && !live.seed && expandButton,
    !live &&
      h(
        "div",
        { class: "tool-row" },
        h("span", { class: "field-name" }, "Show only its neighbourhood: "),
        ...CARD_HOPS.map((hops) =>
          h(
            "button",
            { class: "chip", dataset: { action: `focus-${hops}` }, on: { click: () => actions.focus(entity.id, hops) } },
            hops === 1 ? "1 hop" : `${hops} hops`,
          ),
        ),
      ),
    !live && inFocus && expandButton,
    h(
      "div",
      { class: "tool-row path-to" },
      h("span", { class: "field-name" }, "Shortest path to: "),
      searchBox(search, (other) => actions.pathTo(entity.id, other), {
        id: "path-suggestions",
        label: `Shortest path from ${entity.name} to`,
        placeholder: "another entity",
      }),
    ),
  );
}
