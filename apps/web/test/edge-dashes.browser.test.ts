// Status drawn without colour, in real headless Chromium: planned edges dashed, alleged ones dotted, occurred ones
// solid, straight and curved. Pixels are read from a screenshot along each edge's path on screen.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureExplorerBuilt, serveExplorer, type ExplorerServer } from "../server/index.ts";
import { launchChromium } from "../testing/chromium.ts";
import { openExplorer } from "../testing/explorer-page.ts";
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

describe("edge status drawn in the graph, in Chromium", () => {
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
});
