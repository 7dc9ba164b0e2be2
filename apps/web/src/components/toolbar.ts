import { h } from "./dom.ts";

export interface ToolbarActions {
  toggleLayout(): void;
  fit(): void;
  exportPng(): void;
  exportGexf(): void;
  toggleTable(): void;
  openFile(): void;
}

/**
 * Layout start/stop, reset view, the relation table, exports and opening another file. `setLayoutRunning`
 * and `setTableOpen` update their buttons.
 */
export function toolbar(actions: ToolbarActions): {
  element: HTMLElement;
  setLayoutRunning(running: boolean): void;
  setTableOpen(open: boolean): void;
} {
  const layoutButton = h("button", { dataset: { action: "layout" }, on: { click: actions.toggleLayout } }, "Start layout");
  const tableButton = h(
    "button",
    {
      title: "List the relations the filters show",
      attrs: { "aria-pressed": "false" },
      dataset: { action: "table" },
      on: { click: actions.toggleTable },
    },
    "Table",
  );
  const button = (label: string, action: string, onClick: () => void, title: string) =>
    h("button", { title, dataset: { action }, on: { click: onClick } }, label);
  return {
    element: h(
      "div",
      { class: "toolbar" },
      layoutButton,
      button("Fit", "fit", actions.fit, "Show the whole graph"),
      tableButton,
      button("PNG", "export-png", actions.exportPng, "Save the picture as PNG"),
      button("GEXF", "export-gexf", actions.exportGexf, "Save the graph for Gephi"),
      button("Open…", "open", actions.openFile, "Open another graph document (or drop one on the page)"),
    ),
    setLayoutRunning(running) {
      layoutButton.textContent = running ? "Stop layout" : "Start layout";
      layoutButton.classList.toggle("running", running);
    },
    setTableOpen(open) {
      tableButton.setAttribute("aria-pressed", String(open));
    },
  };
}
