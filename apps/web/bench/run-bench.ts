// `npm run bench:web`: the explorer against a bare sigma page on synthetic graphs, in headless Chromium
// with software WebGL. Prints time to first frame, ForceAtlas2 iterations per second, frame time while
// panning, the ratios to the bare page, and the bundle size. Not a test: it asserts nothing.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { ensureExplorerBuilt, serveExplorer, type ExplorerServer } from "../server/index.ts";
import { launchChromium } from "../testing/chromium.ts";
import { buildBarePage } from "./bare-page.ts";
import { syntheticDocument } from "./synthetic-graph.ts";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);
const EDGES_PER_NODE = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LAYOUT_SECONDS = 5;
const PAN_STEPS = 60;
const PAN_SECONDS = 20;
const VIEWPORT = { width: 1280, height: 800 };

/** Opens a page fresh (empty storage: the explorer has no cached layout) and returns when the first frame is painted. */
async function firstFrame(browser: Browser, url: string): Promise<{ page: Page; milliseconds: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.firstFrame !== undefined || document.body.dataset.state === "error", null, {
    timeout: 600_000,
  });
  const milliseconds = await page.evaluate(() => Number(document.body.dataset.firstFrame));
  if (!Number.isFinite(milliseconds)) throw new Error(`bench: ${url} did not render: ${await page.locator("body").textContent()}`);
  return { page, milliseconds };
}

/**
 * Drags the stage with the mouse, as a user pans, and returns the mean time between the frames sigma
 * drew meanwhile. Page scripts are strings: tsx would wrap functions in helpers the page lacks.
 */
async function panFrameTime(page: Page, rendererPath: "__explorer" | "__bench"): Promise<number> {
  await page.evaluate(
    `(window.__frames = [], window.${rendererPath}.renderer.on("afterRender", () => window.__frames.push(performance.now())))`,
  );
  const { width, height } = VIEWPORT;
  const startX = width * 0.6;
  const y = height / 2;
  const started = Date.now();
  await page.mouse.move(startX, y);
  await page.mouse.down();
  // Stops after PAN_STEPS moves or PAN_SECONDS: a big graph on software GL can take seconds a frame.
  for (let step = 1; step <= PAN_STEPS && Date.now() - started < PAN_SECONDS * 1000; step++) {
    await page.mouse.move(startX - step * 3, y + Math.sin(step / 5) * 20);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate<number[]>("window.__frames");
  if (frames.length < 2) return Date.now() - started;
  return (frames[frames.length - 1]! - frames[0]!) / (frames.length - 1);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fixed = (value: number, digits = 1) => value.toFixed(digits);

function bundleSize(distDir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of readdirSync(join(distDir, "assets"))) {
    const bytes = readFileSync(join(distDir, "assets", file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function main(): Promise<void> {
  const distDir = await ensureExplorerBuilt((line) => console.error(line));
  const bareDir = await buildBarePage();
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    for (const nodes of SIZES) {
      const graphJson = JSON.stringify(syntheticDocument(nodes, EDGES_PER_NODE, 42));
      console.error(`bench: ${nodes} nodes, ${nodes * EDGES_PER_NODE} edges, ${fixed(graphJson.length / 1e6)} MB of JSON`);
      const app: ExplorerServer = await serveExplorer({ distDir, graphJson });
      const bare: ExplorerServer = await serveExplorer({ distDir: bareDir, graphJson });
      try {
        const appFirst: number[] = [];
        const bareFirst: number[] = [];
        let appPan = 0;
        let barePan = 0;
        let iterationsPerSecond = 0;
        for (let run = 0; run < RUNS; run++) {
          // Alternate which page goes first so caches and warm-up favour neither.
          const order = run % 2 === 0 ? (["bare", "app"] as const) : (["app", "bare"] as const);
          for (const which of order) {
            const { page, milliseconds } = await firstFrame(browser, which === "app" ? app.url : bare.url);
            (which === "app" ? appFirst : bareFirst).push(milliseconds);
            if (run === 0 && which === "app") {
              // The layout starts on its own when nothing is cached; let it run, then stop it to pan.
              await page.waitForTimeout(LAYOUT_SECONDS * 1000);
              const stats = await page.evaluate<{ iterations: number; runningMilliseconds: number }>(
                "(window.__explorer.layout.stop(), window.__explorer.layout.stats())",
              );
              iterationsPerSecond = stats.iterations / (stats.runningMilliseconds / 1000);
              appPan = await panFrameTime(page, "__explorer");
            }
            if (run === 0 && which === "bare") barePan = await panFrameTime(page, "__bench");
            await page.context().close();
          }
        }
        console.error(
          `bench: first frames app ${appFirst.map((v) => fixed(v, 0)).join(", ")} / bare ${bareFirst.map((v) => fixed(v, 0)).join(", ")} ms`,
        );
        const first = median(appFirst);
        const baseline = median(bareFirst);
        rows.push([
          String(nodes),
          fixed(first, 0),
          fixed(baseline, 0),
          `${fixed(first / baseline, 2)}x`,
          fixed(iterationsPerSecond),
          fixed(appPan),
          fixed(1000 / appPan),
          fixed(barePan),
          `${fixed(appPan / barePan, 2)}x`,
        ]);
      } finally {
        await app.close();
        await bare.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
  const header = ["nodes", "first frame ms", "bare ms", "ratio", "FA2 it/s", "pan ms/frame", "pan fps", "bare pan ms", "pan ratio"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
  console.log(
    `Explorer vs bare sigma, ${EDGES_PER_NODE} edges per node, median of ${RUNS} first frames, dragging ${PAN_STEPS} mouse steps or ${PAN_SECONDS} s, SwiftShader WebGL`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const size = bundleSize(distDir);
  console.log(`Bundle (JS + CSS): ${fixed(size.raw / 1024)} KiB, ${fixed(size.gzip / 1024)} KiB gzip`);
}

await main();
