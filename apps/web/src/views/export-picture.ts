import type Sigma from "sigma";
import { drawOnCanvas } from "@sigma/export-image";

export interface LegendEntry {
  label: string;
  color: string;
  kind: "node" | "edge";
}

const FONT = '13px "Noto Sans", "DejaVu Sans", system-ui, sans-serif';
const LINE_HEIGHT = 20;
const PADDING = 14;
const SWATCH = 12;
const ENTRY_GAP = 18;

/**
 * The graph as drawn (at `size`, or the stage's own size), with the legend of what is shown and a
 * caption of the filters and dates under it: a figure that says what it shows.
 */
export async function pictureWithCaption(
  renderer: Sigma,
  size: { width: number; height: number } | undefined,
  legend: readonly LegendEntry[],
  caption: readonly string[],
): Promise<Blob> {
  const graphCanvas = await drawOnCanvas(renderer, {
    backgroundColor: "#ffffff",
    ...(size ?? {}),
    // Edge labels are drawn once they have all been placed, a microtask after the frame: wait for it.
    withTempRenderer: () => Promise.resolve(),
  });
  const width = graphCanvas.width;
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = FONT;
  // Lay out the legend entries in rows that fit the picture's width.
  const rows: { entry: LegendEntry; x: number }[][] = [[]];
  let x = PADDING;
  for (const entry of legend) {
    const entryWidth = SWATCH + 6 + measure.measureText(entry.label).width;
    if (x + entryWidth > width - PADDING && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = PADDING;
    }
    rows.at(-1)!.push({ entry, x });
    x += entryWidth + ENTRY_GAP;
  }
  const footer = PADDING * 2 + LINE_HEIGHT * (rows.length + caption.length);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = graphCanvas.height + footer;
  const context = canvas.getContext("2d")!;
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graphCanvas, 0, 0);
  context.font = FONT;
  context.textBaseline = "middle";
  let y = graphCanvas.height + PADDING + LINE_HEIGHT / 2;
  for (const row of rows) {
    for (const { entry, x: left } of row) {
      context.fillStyle = entry.color;
      if (entry.kind === "node") {
        context.beginPath();
        context.arc(left + SWATCH / 2, y, SWATCH / 2, 0, 2 * Math.PI);
        context.fill();
      } else {
        context.fillRect(left, y - 1.5, SWATCH, 3);
      }
      context.fillStyle = "#1f2933";
      context.fillText(entry.label, left + SWATCH + 6, y);
    }
    y += LINE_HEIGHT;
  }
  context.fillStyle = "#52606d";
  for (const line of caption) {
    context.fillText(line, PADDING, y);
    y += LINE_HEIGHT;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("web: the picture could not be encoded"))), "image/png"),
  );
}
