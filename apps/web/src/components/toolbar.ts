import { h } from "./dom.ts";

/** Sizes offered for the saved picture: the stage as it is, or a fixed size for print and slides. */
const PICTURE_SIZES: Record<string, { width: number; height: number } | undefined> = {
  "as shown": undefined,
  "1920 × 1080": { width: 1920, height: 1080 },
  "3840 × 2160": { width: 3840, height: 2160 },
};

export interface ToolbarActions {
  toggleLayout(): void;
  fit(): void;
  /** Saves the picture, at the stage's size or at a chosen one. */
  exportPng(size: { width: number; height: number } | undefined): void;
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
  const pictureSize = h(
    "select",
    { title: "Size of the saved picture", attrs: { "aria-label": "Picture size" }, dataset: { action: "png-size" } },
    ...Object.keys(PICTURE_SIZES).map((name) => h("option", { attrs: { value: name } }, name)),
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
      button(
        "PNG",
        "export-png",
        () => actions.exportPng(PICTURE_SIZES[pictureSize.value]),
        "Save the picture, its legend and filters as PNG",
      ),
      pictureSize,
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
