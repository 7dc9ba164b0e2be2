import { dayToIsoDate } from "../core/dates/partial-date.ts";
import type { TimeSummary } from "../core/dates/time-summary.ts";
import { trackYears } from "../core/dates/track-years.ts";
import { h } from "./dom.ts";

export interface TimeFilterInput {
  /** The track: the days the bulk of the dated relations cover. */
  track: [number, number];
  summary: TimeSummary;
  range?: [number, number];
  includeUndated: boolean;
  /** Dated relations off the track, each with a line describing it. */
  outliers: readonly { id: string; text: string }[];
}

export interface TimeFilterActions {
  /** `final` once the user lets go (release of a handle or of the window): the camera refits then only. */
  setRange(range: [number, number] | undefined, final: boolean): void;
  setIncludeUndated(include: boolean): void;
  selectRelation(relationId: string): void;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The date filter: a histogram of the dated relations the other filters show, over the bulk of the
 * dates; a window over it that two handles (range inputs, keyboard-friendly, read out as ISO dates)
 * resize and a drag moves; whether undated relations stay under a range; the undated and standing
 * counts; and the dated relations too far from the rest to fit on the track.
 */
export function timeFilter(input: TimeFilterInput, actions: TimeFilterActions): HTMLElement {
  const [first, last] = input.track;
  const span = last - first;
  const clamp = (day: number) => Math.min(last, Math.max(first, day));
  const handle = (initial: number, name: string) => {
    const slider = h("input", {
      class: "date-slider",
      attrs: { type: "range", min: String(first), max: String(last), step: "1", "aria-label": name },
      dataset: { range: name, focusKey: `date-${name}` },
    });
    slider.value = String(clamp(initial));
    return slider;
  };
  const from = handle(input.range?.[0] ?? first, "from");
  const to = handle(input.range?.[1] ?? last, "to");
  const label = h("div", { class: "date-label", attrs: { "aria-live": "polite" } });
  const windowBox = h("div", { class: "date-window", attrs: { title: "Drag to move the range" } });
  const max = Math.max(1, ...input.summary.histogram);
  const bins = input.summary.histogram.length;
  const bars = input.summary.histogram.map((count, i) => {
    const start = first + Math.round((i * (span + 1)) / bins);
    const end = first + Math.round(((i + 1) * (span + 1)) / bins) - 1;
    return h("div", {
      class: "date-bar",
      title: `${dayToIsoDate(start)} – ${dayToIsoDate(end)}: ${plural(count, "relation", "relations")}`,
      style: { "--height": `${(100 * count) / max}%` },
      dataset: { count: String(count) },
    });
  });
  const dated = input.summary.histogram.reduce((sum, count) => sum + count, 0);
  const track = h(
    "div",
    {
      class: "date-track",
      attrs: {
        role: "img",
        "aria-label": `${plural(dated, "dated relation", "dated relations")} from ${dayToIsoDate(first)} to ${dayToIsoDate(last)}`,
      },
    },
    ...bars,
    windowBox,
  );
  const undatedBox = h("input", {
    attrs: { type: "checkbox" },
    dataset: { filter: "undated", focusKey: "undated" },
    on: { change: () => actions.setIncludeUndated(undatedBox.checked) },
  });

  const values = (): [number, number] => [Number(from.value), Number(to.value)];
  // Undated relations are left out whenever a new range starts: the switch is off once a range is set.
  let include = input.includeUndated;
  /** The range set, if any: a year may cover the whole track and still be one. */
  let current = input.range;
  const show = () => {
    const [a, b] = values();
    label.replaceChildren(`${dayToIsoDate(a)} → ${dayToIsoDate(b)}`);
    from.setAttribute("aria-valuetext", dayToIsoDate(a));
    to.setAttribute("aria-valuetext", dayToIsoDate(b));
    windowBox.style.setProperty("--left", `${(100 * (a - first)) / (span || 1)}%`);
    windowBox.style.setProperty("--right", `${100 - (100 * (b - first)) / (span || 1)}%`);
    const ranged = current !== undefined;
    // Under no range every relation shows, dated or not: the switch only means something once a range is set.
    undatedBox.disabled = !ranged;
    if (!ranged) include = false;
    undatedBox.checked = !ranged || include;
  };
  const report = (final: boolean) => {
    const [a, b] = values();
    current = a === first && b === last ? undefined : [a, b];
    show();
    actions.setRange(current, final);
  };
  for (const slider of [from, to]) {
    slider.addEventListener("input", () => {
      if (Number(from.value) > Number(to.value)) (slider === from ? to : from).value = slider.value;
      report(false);
    });
    slider.addEventListener("change", () => report(true));
  }
  windowBox.addEventListener("pointerdown", (down) => {
    const [a, b] = values();
    const width = track.getBoundingClientRect().width || 1;
    windowBox.setPointerCapture(down.pointerId);
    const move = (event: PointerEvent) => {
      const shift = Math.round(((event.clientX - down.clientX) / width) * span);
      const start = Math.min(last - (b - a), Math.max(first, a + shift));
      from.value = String(start);
      to.value = String(start + (b - a));
      report(false);
    };
    const up = () => {
      windowBox.removeEventListener("pointermove", move);
      report(true);
    };
    windowBox.addEventListener("pointermove", move);
    windowBox.addEventListener("pointerup", up, { once: true });
  });
  show();

  // One click for a whole year (the handles can only reach the track's ends, and a window over the whole
  // track is no range at all).
  const isYear = (days: [number, number]) => current?.[0] === days[0] && current[1] === days[1];
  const years = trackYears(input.track).map(({ year, days }) =>
    h(
      "button",
      {
        class: "link year",
        attrs: { "aria-pressed": String(isYear(days)), title: `Only ${year}` },
        dataset: { year, focusKey: `year-${year}` },
        on: {
          click: () => {
            // Again on the chosen year: no range.
            current = isYear(days) ? undefined : days;
            from.value = String(clamp(current?.[0] ?? first));
            to.value = String(clamp(current?.[1] ?? last));
            show();
            for (const button of years) button.setAttribute("aria-pressed", String(button.dataset.year === year && current !== undefined));
            actions.setRange(current, true);
          },
        },
      },
      year,
    ),
  );

  const { undated, standing } = input.summary;
  return h(
    "div",
    { class: "date-range" },
    h("h3", {}, "Dates"),
    label,
    track,
    from,
    to,
    years.length > 0 && h("div", { class: "date-years" }, h("span", { class: "legend-note" }, "Only "), ...years),
    h("label", { class: "legend-row undated" }, undatedBox, h("span", { class: "legend-name" }, "Include undated relations under a range")),
    h(
      "p",
      { class: "legend-note date-counts" },
      `No date: ${plural(undated, "event", "events")}, ${plural(standing, "standing fact", "standing facts")} (such as OFFICIAL_OF).`,
    ),
    input.outliers.length > 0 &&
      h(
        "details",
        { class: "date-outliers" },
        h("summary", {}, `${plural(input.outliers.length, "relation", "relations")} dated far from the rest, off the track`),
        h(
          "ul",
          {},
          ...input.outliers.map(({ id, text }) =>
            h("li", {}, h("button", { class: "link", dataset: { relationId: id }, on: { click: () => actions.selectRelation(id) } }, text)),
          ),
        ),
      ),
  );
}
