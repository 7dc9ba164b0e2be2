// Dev tool (`npx tsx apps/web/bench/profile-first-frame.ts`): where the time before the first frame goes.
// Prints the performance marks of the explorer and of the bare page per run (BENCH_SIZES=<one size>,
// BENCH_RUNS); with PROFILE=1 also the main thread's CPU profile (self time by function, and the whole
// profile in /tmp/profile-<page><run>.cpuprofile for DevTools); MINIFY=0 keeps the bare page readable
// there (build the explorer with `minify: false` for the same).
import { rmSync, writeFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { ensureExplorerBuilt, serveExplorer } from "../server/index.ts";
import { launchChromium } from "../testing/chromium.ts";
import { buildBarePage } from "./bare-page.ts";
import { syntheticDocument } from "./synthetic-graph.ts";

/** The parts of a V8 CPU profile (Chrome DevTools Protocol `Profiler.stop`) this script reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const NODES = Number(process.env.BENCH_SIZES ?? 50000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PROFILE = process.env.PROFILE === "1";

async function measure(browser: Browser, url: string, label: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = PROFILE ? await context.newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
    await cdp.send("Profiler.start");
  }
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.firstFrame !== undefined || document.body.dataset.state === "error", null, {
    timeout: 600_000,
  });
  const first = await page.evaluate(() => Number(document.body.dataset.firstFrame));
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType("mark")
      .map((m) => `${m.name.replace("web:", "")}=${Math.round(m.startTime)}`)
      .join(" "),
  );
  console.log(`${label}: first=${Math.round(first)} ${marks}`);
  if (cdp) {
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
    writeFileSync(`/tmp/profile-${label}.cpuprofile`, JSON.stringify(profile));
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dts: number[] = profile.timeDeltas;
    profile.samples.forEach((id: number, i: number) => {
      const n = byId.get(id);
      if (!n) return;
      const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dts[i + 1] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [k, v] of top) console.log(`   ${v.toFixed(0).padStart(6)} ms  ${k}`);
  }
  await page.waitForFunction(() => document.body.dataset.state !== "loading", null, { timeout: 600_000 }).catch(() => {});
  const ready = await page.evaluate(() => `${document.body.dataset.state} at ${Math.round(performance.now())}`);
  console.log(`   ${label} state ${ready}`);
  await context.close();
}

const distDir = await ensureExplorerBuilt((line) => console.error(line));
const bareDir = await buildBarePage({ minify: process.env.MINIFY !== "0" });
const graphJson = JSON.stringify(syntheticDocument(NODES, 5, 42));
const app = await serveExplorer({ distDir, graphJson });
const bare = await serveExplorer({ distDir: bareDir, graphJson });
const browser = await launchChromium();
try {
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? ["bare", "app"] : ["app", "bare"];
    for (const which of order) await measure(browser, which === "app" ? app.url : bare.url, `${which}${run}`);
  }
} finally {
  await browser.close();
  await app.close();
  await bare.close();
  rmSync(bareDir, { recursive: true, force: true });
}
