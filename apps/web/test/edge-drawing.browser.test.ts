// How edges are drawn, in real headless Chromium: status without colour (planned edges dashed, alleged ones dotted,
// occurred ones solid, straight and curved; pixels read from a screenshot along each edge's path on screen), and
// edge labels never drawn over each other (the text drawn on the edge label canvas, caught as it is drawn).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureExplorerBuilt, serveExplorer, type ExplorerServer } from "../server/index.ts";
import { launchChromium } from "../testing/chromium.ts";
import { openExplorer } from "../testing/explorer-page.ts";
import { boxesOverlap, type OrientedBox } from "../src/core/labels/oriented-box.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

const TEST_TIMEOUT = 120_000;
/** A pixel darker than this on every channel's minimum is ink; the stage is white. */
const INK_BELOW = 235;
/** How far across the path (CSS pixels, either side) a sample looks for ink. */
const ACROSS = 1.5;

type Point = { x: number; y: number };

/**
 * The mini graph with statuses set for the test: straight edges of each status on pairs of their own
 * (Putin VISITED Bình Nhưỡng planned, Triều Tiên SUPPLIED Nga alleged, Choe MET Lavrov occurred), and
 * Kim Jong Un – Putin's parallel relations, one of them planned (INVITED), drawn apart as curves.
 */
function statusGraphJson(): string {
  const document = miniGraph();
  const keep = new Set(["r-visit", "r-supplied", "r-lavrov-choe", "r-met", "r-signed", "r-invited", "r-thanked"]);
  document.relations = document.relations
    .filter((r) => keep.has(r.id))
    .map((r) => (r.id === "r-invited" ? { ...r, status: "planned" as const } : r));
  return JSON.stringify(document);
}

/**
 * Ink (true) or not at each point of `points`, read from a screenshot of the page: any pixel within
 * `across` pixels of the point, across the path (`normals`), counts, as a thin line's antialiased pixels
 * may straddle the sampled one; along the path nothing is blurred.
 */
async function inkAlong(page: Page, points: readonly Point[], normals: readonly Point[], across: number): Promise<boolean[]> {
  const png = (await page.screenshot()).toString("base64");
  return page.evaluate(
    async ({ png, points, normals, inkBelow, across }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const inked = (x: number, y: number) => {
        const at = (Math.round(y) * image.width + Math.round(x)) * 4;
        return Math.min(pixels[at]!, pixels[at + 1]!, pixels[at + 2]!) < inkBelow;
      };
      return points.map(({ x, y }, i) => {
        const normal = normals[i]!;
        for (let k = -across; k <= across; k += 0.5) if (inked(x + k * normal.x, y + k * normal.y)) return true;
        return false;
      });
    },
    { png, points, normals, inkBelow: INK_BELOW, across },
  );
}

/** How many runs of missing ink interrupt the samples (a solid line has none). */
function gaps(ink: readonly boolean[]): number {
  return ink.filter((value, i) => !value && (i === 0 || ink[i - 1])).length;
}

/**
 * Records, from before the page's scripts run, each label drawn on sigma's edge label canvas (a label
 * starts where its font is set, as sigma's label functions do first) as the boxes of its text.
 */
function recordEdgeLabels() {
  const recorded: { label: string; boxes: OrientedBox[] }[] = [];
  Object.assign(window, { __edgeLabels: recorded });
  const prototype = CanvasRenderingContext2D.prototype;
  const font = Object.getOwnPropertyDescriptor(prototype, "font")!;
  const onLabelCanvas = (context: CanvasRenderingContext2D) => context.canvas.classList.contains("sigma-edgeLabels");
  Object.defineProperty(prototype, "font", {
    ...font,
    set(this: CanvasRenderingContext2D, value: string) {
      if (onLabelCanvas(this)) recorded.push({ label: "", boxes: [] });
      font.set!.call(this, value);
    },
  });
  const fillText = prototype.fillText;
  prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
    if (onLabelCanvas(this) && recorded.length > 0) {
      const metrics = this.measureText(text);
      const ascent = metrics.fontBoundingBoxAscent;
      const descent = metrics.fontBoundingBoxDescent;
      const m = this.getTransform();
      const cx = x + metrics.width / 2;
      const cy = y + (descent - ascent) / 2;
      const label = recorded.at(-1)!;
      label.label += text;
      label.boxes.push({
        x: m.a * cx + m.c * cy + m.e,
        y: m.b * cx + m.d * cy + m.f,
        halfWidth: metrics.width / 2,
        halfHeight: (ascent + descent) / 2,
        angle: Math.atan2(m.b, m.a),
      });
    }
    fillText.call(this, text, x, y);
  };
}

describe("edges drawn in Chromium", () => {
  let browser: Browser;
  let server: ExplorerServer;

  beforeAll(async () => {
    server = await serveExplorer({ distDir: await ensureExplorerBuilt(), graphJson: statusGraphJson() });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    "dashes planned edges, dots alleged ones and draws occurred ones solid, straight and curved",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await openExplorer(page, `${server.url}?parallel=split`);
      await page.mouse.move(0, 0);
      // Each edge's ends on screen (CSS pixels from the page's corner) and its curvature.
      const geometry = await page.evaluate(() => {
        const { renderer, graph } = window.__explorer;
        const stage = document.querySelector(".stage canvas")!.getBoundingClientRect();
        const onScreen = (node: string) => {
          const point = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
          return { x: point.x + stage.left, y: point.y + stage.top };
        };
        return Object.fromEntries(
          graph.edges().map((edge) => {
            const [source, target] = [graph.source(edge), graph.target(edge)];
            return [edge, { source: onScreen(source), target: onScreen(target), curvature: renderer.getEdgeDisplayData(edge)!.curvature }];
          }),
        );
      });
      // Samples every pixel along the middle 60% of the path (the ends lie under the nodes).
      const samples = (edge: string) => {
        const { source: s, target: t, curvature } = geometry[edge]!;
        const length = Math.hypot(t.x - s.x, t.y - s.y);
        // @sigma/edge-curve's control point, worked out in GL's y-up pixels: middle + (−dy, dx) × curvature.
        const dx = t.x - s.x;
        const dyUp = -(t.y - s.y);
        const control = { x: (s.x + t.x) / 2 - dyUp * curvature, y: (s.y + t.y) / 2 - dx * curvature };
        const points: Point[] = [];
        const normals: Point[] = [];
        for (let i = 0; i <= 0.6 * length; i++) {
          const u = 0.2 + i / length;
          points.push({
            x: (1 - u) ** 2 * s.x + 2 * (1 - u) * u * control.x + u ** 2 * t.x,
            y: (1 - u) ** 2 * s.y + 2 * (1 - u) * u * control.y + u ** 2 * t.y,
          });
          const tangent = {
            x: 2 * (1 - u) * (control.x - s.x) + 2 * u * (t.x - control.x),
            y: 2 * (1 - u) * (control.y - s.y) + 2 * u * (t.y - control.y),
          };
          const norm = Math.hypot(tangent.x, tangent.y);
          normals.push({ x: -tangent.y / norm, y: tangent.x / norm });
        }
        return { points, normals };
      };
      const ink = async (edge: string) => {
        const { points, normals } = samples(edge);
        return inkAlong(page, points, normals, ACROSS);
      };
      for (const edge of ["r-visit", "r-supplied", "r-lavrov-choe", "r-met", "r-invited"]) expect(geometry[edge], edge).toBeDefined();
      expect(geometry["r-invited"]!.curvature).not.toBe(0);

      // Occurred: solid, straight and curved (this also checks that the samples follow the paths drawn).
      for (const edge of ["r-lavrov-choe", "r-met"]) {
        const line = await ink(edge);
        expect(line.length, edge).toBeGreaterThan(30);
        expect(line.filter(Boolean).length / line.length, edge).toBeGreaterThan(0.95);
        expect(gaps(line), edge).toBe(0);
      }
      // Planned (7 px drawn, 4 left out) and alleged (2 drawn, 3 left out): ink and gaps alternate along the edge.
      for (const [edge, period] of [
        ["r-visit", 11],
        ["r-supplied", 5],
        ["r-invited", 11],
      ] as const) {
        const line = await ink(edge);
        const inked = line.filter(Boolean).length / line.length;
        expect(gaps(line), edge).toBeGreaterThanOrEqual(Math.floor(line.length / period) - 2);
        expect(inked, edge).toBeGreaterThan(0.2);
        expect(inked, edge).toBeLessThan(0.85);
      }
      await page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    "never draws an edge label over another, and always draws the selected relation's",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.addInitScript(recordEdgeLabels);
      // Kim Jong Un and Putin's four relations drawn apart, INVITED selected; then the camera zoomed out step by step.
      await openExplorer(page, `${server.url}?parallel=split&relation=r-invited`);
      let dropped = 0;
      for (const ratio of [1, 1.5, 2, 3]) {
        const labels = await page.evaluate(async (ratio) => {
          const recorded = (window as unknown as { __edgeLabels: { label: string; boxes: OrientedBox[] }[] }).__edgeLabels;
          const { renderer } = window.__explorer as unknown as { renderer: { getCamera(): { setState(s: object): void } } };
          renderer.getCamera().setState({ ratio });
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
          recorded.length = 0;
          (window.__explorer.renderer as unknown as { refresh(): void }).refresh();
          await new Promise((resolve) => setTimeout(resolve, 50));
          return recorded.filter((label) => label.boxes.length > 0);
        }, ratio);
        // Every relation is labelled (a small graph) unless its label found no room: the 7 shown ones.
        dropped += 7 - labels.length;
        expect(labels.map((l) => l.label).join(" ")).toMatch(/INVITED \(planned\)|INVITED \(pl…|INVITED …|INVI/);
        for (const [i, label] of labels.entries())
          for (const other of labels.slice(i + 1))
            for (const box of label.boxes)
              for (const otherBox of other.boxes)
                expect(boxesOverlap(box, otherBox), `${label.label} / ${other.label} at ${ratio}`).toBe(false);
      }
      // Close parallel curves cannot all keep their labels.
      expect(dropped).toBeGreaterThan(0);
      await page.close();
    },
    TEST_TIMEOUT,
  );
});
