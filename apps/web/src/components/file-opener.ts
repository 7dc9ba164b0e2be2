import { h } from "./dom.ts";

export type OpenedFile = (file: File) => void;

/**
 * Lets the user open a graph document: a hidden file input (call `pick()` from a button) and drag and
 * drop anywhere on the page, with an overlay while a file is dragged over.
 */
export function createFileOpener(onOpen: OpenedFile): { pick: () => void } {
  const input = h("input", { attrs: { type: "file", accept: ".json,application/json", hidden: "" } });
  const overlay = h("div", { class: "drop-overlay", attrs: { hidden: "" } }, h("p", {}, "Drop a graph document (.json) to open it"));
  document.body.append(input, overlay);

  const read = (file: File | undefined) => {
    if (file) onOpen(file);
  };
  input.addEventListener("change", () => {
    read(input.files?.[0]);
    input.value = "";
  });
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  window.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener("dragover", (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener("drop", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    read(event.dataTransfer?.files[0]);
  });
  return { pick: () => input.click() };
}
