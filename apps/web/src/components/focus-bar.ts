import type { FocusView } from "../core/neighbourhood/focus-set.ts";
import { MAX_HOPS } from "../core/view-state/view-state.ts";
import { h } from "./dom.ts";

export interface FocusBarActions {
  setHops(hops: number): void;
  clear(): void;
}

/** Over the graph while only a neighbourhood is shown: whose, how deep (− / +), how many entities, and a way out. */
export function focusBar(focus: FocusView, centerName: string, shown: number, actions: FocusBarActions): HTMLElement {
  const step = (label: string, hops: number, name: string) =>
    h(
      "button",
      {
        class: "chip",
        attrs: { "aria-label": name, ...(hops < 1 || hops > MAX_HOPS ? { disabled: "" } : {}) },
        on: { click: () => actions.setHops(hops) },
      },
      label,
    );
  return h(
    "div",
    { class: "focus-bar", attrs: { role: "status" } },
    h("span", {}, `Neighbourhood of ${centerName}: ${focus.hops} ${focus.hops === 1 ? "hop" : "hops"}`),
    step("−", focus.hops - 1, "One hop fewer"),
    step("+", focus.hops + 1, "One hop more"),
    focus.expanded.length > 0 && h("span", { class: "muted" }, `+ ${focus.expanded.length} expanded`),
    h("span", { class: "muted" }, `${shown} entities`),
    h("button", { class: "chip", dataset: { action: "clear-focus" }, on: { click: actions.clear } }, "Show everything"),
  );
}
