import { dayToIsoDate } from "../core/dates/partial-date.ts";
import { h } from "./dom.ts";

/**
 * A two-handle date range over the days relations cover. Reports `undefined` when the full extent is
 * chosen, so "no date filter" and "everything" are the same state.
 */
export function dateRange(
  extent: [number, number],
  value: [number, number] | undefined,
  onChange: (range: [number, number] | undefined) => void,
): HTMLElement {
  const [first, last] = extent;
  const slider = (initial: number, name: string) => {
    const input = h("input", {
      class: "date-slider",
      attrs: { type: "range", min: String(first), max: String(last), step: "1", "aria-label": name },
      dataset: { range: name },
    });
    input.value = String(initial);
    return input;
  };
  const from = slider(value?.[0] ?? first, "from");
  const to = slider(value?.[1] ?? last, "to");
  const label = h("div", { class: "date-label" });
  const show = () => label.replaceChildren(`${dayToIsoDate(Number(from.value))} → ${dayToIsoDate(Number(to.value))}`);
  const changed = (moved: HTMLInputElement) => {
    if (Number(from.value) > Number(to.value)) (moved === from ? to : from).value = moved.value;
    show();
    const range: [number, number] = [Number(from.value), Number(to.value)];
    onChange(range[0] === first && range[1] === last ? undefined : range);
  };
  from.addEventListener("input", () => changed(from));
  to.addEventListener("input", () => changed(to));
  show();
  return h(
    "div",
    { class: "date-range" },
    h("h3", {}, "Dates"),
    label,
    from,
    to,
    h("p", { class: "legend-note" }, "Undated relations and standing facts stay visible."),
  );
}
