import { h } from "./dom.ts";

export interface ToolbarActions {
  toggleLayout(): void;
  fit(): void;
  exportPng(): void;
  exportGexf(): void;
  openFile(): void;
}

/** Layout start/stop, reset view, exports and opening another file. `setLayoutRunning` updates the button. */
export function toolbar(actions: ToolbarActions): { element: HTMLElement; setLayoutRunning(running: boolean): void } {
  const layoutButton = h("button", { dataset: { action: "layout" }, on: { click: actions.toggleLayout } }, "Start layout");
  const button = (label: string, action: string, onClick: () => void, title: string) =>
    h("button", { title, dataset: { action }, on: { click: onClick } }, label);
  return {
    element: h(
      "div",
      { class: "toolbar" },
      layoutButton,
      button("Fit", "fit", actions.fit, "Show the whole graph"),
      button("PNG", "export-png", actions.exportPng, "Save the picture as PNG"),
      button("GEXF", "export-gexf", actions.exportGexf, "Save the graph for Gephi"),
      button("Open…", "open", actions.openFile, "Open another graph document (or drop one on the page)"),
    ),
    setLayoutRunning(running) {
      layoutButton.textContent = running ? "Stop layout" : "Start layout";
      layoutButton.classList.toggle("running", running);
    },
  };
}
