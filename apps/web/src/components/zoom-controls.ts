import { h } from "./dom.ts";

export interface ZoomActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/** Zoom in, out and fit, in the graph's corner, for those who cannot or would rather not scroll. */
export function zoomControls(actions: ZoomActions): HTMLElement {
  const button = (label: string, name: string, action: string, onClick: () => void) =>
    h("button", { title: name, attrs: { "aria-label": name }, dataset: { action }, on: { click: onClick } }, label);
  return h(
    "div",
    { class: "zoom-controls", attrs: { role: "group", "aria-label": "Zoom" } },
    button("+", "Zoom in", "zoom-in", actions.zoomIn),
    button("−", "Zoom out", "zoom-out", actions.zoomOut),
    button("⤢", "Fit what is shown", "zoom-fit", actions.fit),
  );
}
