// The page side of `bench:explore`: the same actions in headless Chromium (Debian's chromium, software WebGL)
// in the live explorer (`kg serve --neo4j`, its API given here) and in the document explorer (a document given
// here), each timed in the page from the action to the next frame drawn after its answer is shown, with the
// server time of the API requests the action made, and the page's JS heap after all of them. Each action waits
// for the page to be still first (layout stopped, nothing drawn for STILL_MS). The floor beside them: the bare sigma page (bench/bare/, as bench:web)
// in the same browser, on a stage of the live one's size, timed the same way from changing its graph to the
// live page's node and edge counts after each action (from its counts before it) to the next frame: the
// median of `runs` pages. MARKS=1 prints where each action's time went (see `timed`).
// EXPLORER_DIST=<dir> times an explorer built elsewhere (e.g. another commit's `vite build`) instead of this one.
// Page scripts are strings: tsx would wrap functions in helpers the page lacks.
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import type { Browser, Page } from "playwright-core";
import { ensureExplorerBuilt, serveExplorer, type ApiHandler } from "../server/index.ts";
import { launchChromium } from "../testing/chromium.ts";
import { buildBarePage } from "./bare-page.ts";

export interface BenchEntity {
  id: string;
  name: string;
}

export interface ExplorePageInput {
  /** The live explorer's API (what `kg serve --neo4j` serves). */
  api: ApiHandler;
  /** The document the document explorer opens; without it only the live explorer is timed. */
  documentJson?: string;
  /** The entity both start from, the hub they reach, and a neighbour of the hub's that they expand. */
  ordinary: BenchEntity;
  hub: BenchEntity;
  neighbour: BenchEntity;
  /** How many bare sigma pages to time each action's floor on (the median is reported); 3 by default. */
  runs?: number;
}

export interface PageTiming {
  action: string;
  /** Milliseconds from the action to the next frame after its answer is shown; a string when it failed. */
  live: number | string;
  document: number | string;
  /** The bare sigma page's milliseconds to the next frame for the same change of the graph (median). */
  bare?: number | string;
  /** The live page's nodes and edges before and after the action. */
  drawn?: { before: GraphCounts; after: GraphCounts };
  /** Server time of the live page's API requests during the action. */
  server?: number;
}

export interface ExplorePageResult {
  timings: PageTiming[];
  /** JS heap used (bytes) after the actions, after a garbage collection. */
  heap: { live: number; document: number };
}

interface GraphCounts {
  nodes: number;
  edges: number;
}

const VIEWPORT = { width: 1400, height: 860 };
/** How long one action may take before it is reported as timed out. */
const ACTION_TIMEOUT_MS = 120_000;
/** How long the document explorer may take to open. */
const OPEN_TIMEOUT_MS = 600_000;

/**
 * In the page: runs `action`, waits (frame by frame) until `done(t0)`, then for the next frame; resolves with
 * the milliseconds since the action. A page that marks the frame its answer is drawn in (`data-first-frame`,
 * set in that frame's callbacks) is timed to the frame after that one: noticed a frame later, the answer's next
 * frame is the one being begun (waiting for another timed the frame after the next, with whatever the page
 * started once its answer was out, such as its layout).
 */
const TIME_HELPER = `window.__bench = {
  async time(action, done, timeoutMs) {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const t0 = performance.now();
    let frameStart = t0;
    action();
    while (!done(t0)) {
      if (performance.now() - t0 > timeoutMs) throw new Error("timed out");
      frameStart = await frame();
    }
    const drawnAt = Number(document.body.dataset.firstFrame);
    if (!(drawnAt > t0 && frameStart > drawnAt)) await frame();
    return performance.now() - t0;
  },
  /**
   * Resolves once the page has been still for quietMs: no sigma render, no change to the DOM, no camera move
   * and no layout running for that long. A frame the page drew just before an action is still being composited
   * (in software here, 100-300 ms a frame) when the action starts, and the action's own frame would wait for it.
   */
  still(quietMs) {
    return new Promise((resolve) => {
      let last = performance.now();
      const moved = () => (last = performance.now());
      const mutations = new MutationObserver(moved);
      mutations.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      // The explorer's renderer, or the bare page's.
      const renderer = window.__explorer?.renderer ?? window.__bench.renderer;
      renderer?.on("afterRender", moved);
      const check = () => {
        if (window.__explorer?.layout.isRunning() || renderer?.getCamera().isAnimated()) moved();
        if (performance.now() - last < quietMs) return void setTimeout(check, 50);
        mutations.disconnect();
        renderer?.off("afterRender", moved);
        resolve();
      };
      check();
    });
  },
};`;

const q = (text: string) => JSON.stringify(text);
/**
 * The live page has drawn a new view (its explorer's first frame of it) since `t0`; the legend, time line, table
 * and Cypher follow it (MARKS=1 prints when: `complete`).
 */
const LIVE_DRAWN = "(t0) => Number(document.body.dataset.firstFrame) > t0";

/** How long the layout (ForceAtlas2, stopping by itself within 30 s) may run before an action. */
const SETTLE_TIMEOUT_MS = 60_000;

/**
 * With PROFILE=1: the main thread's JS self time by function during each action (build with `minify: false` to
 * read it), and the whole profile in <tmp>/explore-action-<n>.cpuprofile for DevTools.
 */
const PROFILE = process.env.PROFILE === "1";
let profiled = 0;

function printProfile(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}): void {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i + 1] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`bench:explore:       ${ms.toFixed(0).padStart(5)} ms  ${key}`);
}

/**
 * With TRACE=<dir>: a Chrome trace of each action, in <dir>/action-<n>.json; TRACE_CATEGORIES=<a,b,...> traces
 * those categories instead of the default (e.g. gpu,viz,cc to see the GPU process compositing under SwiftShader).
 */
const TRACE_DIR = process.env.TRACE;
let traced = 0;
/** With MARKS=1: each action's performance marks (live mode's: fetched, checked, answered, prepared, shown) in ms since it started. */
const MARKS = process.env.MARKS === "1";

/**
 * How long the page must have drawn nothing before an action is timed: longer than a frame takes to composite
 * here, so that no earlier frame (the layout's last, the camera's move to a node just clicked, the suggestions
 * just shown) is still in flight when the action starts.
 */
const STILL_MS = 500;

/** Times an action once the page is still (layout stopped, camera stopped, nothing drawn for STILL_MS): what the action costs, not the frames before it. */
async function timed(page: Page, action: string, done: string): Promise<number> {
  await page.waitForFunction('document.body.dataset.layout === "stopped"', null, { timeout: SETTLE_TIMEOUT_MS });
  await page.evaluate(`window.__bench.still(${STILL_MS})`);
  const since = await page.evaluate<number>("performance.now()");
  const browser = TRACE_DIR ? page.context().browser() : null;
  await browser?.startTracing(page, {
    path: `${TRACE_DIR}/action-${++traced}.json`,
    screenshots: false,
    ...(process.env.TRACE_CATEGORIES ? { categories: process.env.TRACE_CATEGORIES.split(",") } : {}),
  });
  const cdp = PROFILE ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
  }
  const ms = await page.evaluate<number>(`window.__bench.time(() => { ${action} }, ${done}, ${ACTION_TIMEOUT_MS})`);
  await browser?.stopTracing();
  if (cdp) {
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(`${tmpdir()}/explore-action-${++profiled}.cpuprofile`, JSON.stringify(profile));
    printProfile(profile);
  }
  if (MARKS) {
    const marks = await page.evaluate<string>(
      `performance.getEntriesByType("mark").filter((m) => m.startTime >= ${since}).map((m) => m.name.replace("live:", "") + "=" + Math.round(m.startTime - ${since})).join(" ")`,
    );
    const drawn = await page.evaluate<number>(`Number(document.body.dataset.firstFrame) - ${since}`);
    console.log(`bench:explore:     marks: ${marks} drawing=${Math.round(drawn)} frame=${Math.round(ms)}`);
  }
  return ms;
}

const typeInto = (input: string, text: string) =>
  `const input = document.querySelector(${q(input)}); input.value = ${q(text)}; input.dispatchEvent(new Event("input", { bubbles: true }));`;
const pickSuggestion = (box: string, id: string) =>
  `document.querySelector(${q(`${box} .search-suggestions li[data-entity-id="${id}"]`)}).dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }));`;
const suggestionShown = (box: string, id: string) =>
  `() => document.querySelector(${q(`${box} .search-suggestions li[data-entity-id="${id}"]`)}) !== null`;
const clickButton = (selector: string) => `document.querySelector(${q(selector)}).click();`;
const clickNode = (id: string) => `window.__explorer.renderer.emit("clickNode", { node: ${q(id)} });`;

async function openPage(browser: Browser, url: string): Promise<{ page: Page; firstFrame: number }> {
  // The page's CSP forbids eval, which waiting on a condition written as a string needs.
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript(TIME_HELPER);
  await page.goto(url);
  await page.waitForFunction('document.body.dataset.firstFrame !== undefined || document.body.dataset.state === "error"', null, {
    timeout: OPEN_TIMEOUT_MS,
  });
  const firstFrame = await page.evaluate<number>("Number(document.body.dataset.firstFrame)");
  if (!Number.isFinite(firstFrame)) throw new Error(`bench: ${url} did not open: ${await page.locator("body").textContent()}`);
  return { page, firstFrame };
}

/** Types a name into a search box and waits for the entity among the suggestions (untimed). */
async function suggest(page: Page, box: string, entity: BenchEntity): Promise<void> {
  await page.evaluate(typeInto(`${box} .search-input`, entity.name));
  // A string is waited on as an expression: the condition is called in it.
  await page.waitForFunction(`(${suggestionShown(box, entity.id)})()`, null, { timeout: ACTION_TIMEOUT_MS });
}

async function jsHeapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? Number.NaN;
}

/** Runs `step`, reporting a failure as its message instead of a time. */
async function attempt(step: () => Promise<number>): Promise<number | string> {
  try {
    return await step();
  } catch (error) {
    return `failed: ${(error as Error).message.split("\n")[0]!.slice(0, 80)}`;
  }
}

export async function explorePageBench(input: ExplorePageInput, log: (line: string) => void): Promise<ExplorePageResult> {
  const { ordinary, hub, neighbour } = input;
  // The server time of each API request the live page makes, to add up per action.
  const requests: { started: number; ms: number }[] = [];
  const api: ApiHandler = async (path, params) => {
    const started = performance.now();
    const answer = await input.api(path, params);
    requests.push({ started, ms: performance.now() - started });
    return answer;
  };
  const serverTimeSince = (since: number) =>
    requests.filter((request) => request.started >= since).reduce((sum, request) => sum + request.ms, 0);

  const distDir = process.env.EXPLORER_DIST ?? (await ensureExplorerBuilt(log));
  const live = await serveExplorer({ distDir, api });
  const document = input.documentJson === undefined ? undefined : await serveExplorer({ distDir, graphJson: input.documentJson });
  const browser = await launchChromium();
  const timings: PageTiming[] = [];
  const heap = { live: Number.NaN, document: Number.NaN };
  try {
    // Live: open on the ordinary entity, search, add the hub, expand its neighbour, the path to the hub.
    log("page: live explorer");
    const liveTimes: Record<string, { ms: number | string; server: number }> = {};
    const liveDrawn: Record<string, { before: GraphCounts; after: GraphCounts }> = {};
    let stage = { width: VIEWPORT.width, height: VIEWPORT.height };
    const counts = (page: Page) =>
      page.evaluate<GraphCounts>("({ nodes: window.__explorer.graph.order, edges: window.__explorer.graph.size })");
    const liveStep = async (name: string, step: () => Promise<number>, page?: Page) => {
      const before = page ? await counts(page) : undefined;
      const since = performance.now();
      liveTimes[name] = { ms: await attempt(step), server: 0 };
      liveTimes[name].server = serverTimeSince(since);
      if (page && before) liveDrawn[name] = { before, after: await counts(page) };
    };
    const liveUrl = `${live.url}?node=${encodeURIComponent(ordinary.id)}`;
    let livePage: Page | undefined;
    await liveStep("open", async () => {
      const opened = await openPage(browser, liveUrl);
      livePage = opened.page;
      return opened.firstFrame;
    });
    if (livePage) {
      const page = livePage;
      stage = await page.evaluate<{ width: number; height: number }>("window.__explorer.renderer.getDimensions()");
      await liveStep(
        "search",
        () => timed(page, typeInto(".topbar .search-input", ordinary.name), suggestionShown(".topbar", ordinary.id)),
        page,
      );
      // A hub not drawn yet is added by picking it in the search; one drawn already by its card's Expand.
      const hubDrawn = await page.evaluate<boolean>(`window.__explorer.graph.hasNode(${q(hub.id)})`);
      if (hubDrawn) await page.evaluate(clickNode(hub.id));
      else await suggest(page, ".topbar", hub);
      const addHub = hubDrawn ? clickButton('.side-panel button[data-action="expand"]') : pickSuggestion(".topbar", hub.id);
      await liveStep("hub", () => timed(page, addHub, LIVE_DRAWN), page);
      await page.evaluate(clickNode(neighbour.id));
      await liveStep("neighbour", () => timed(page, clickButton('.side-panel button[data-action="expand"]'), LIVE_DRAWN), page);
      await page.evaluate(clickNode(ordinary.id));
      await suggest(page, ".side-panel", hub);
      await liveStep(
        "path",
        () =>
          timed(
            page,
            pickSuggestion(".side-panel", hub.id),
            `(t0) => (${LIVE_DRAWN})(t0) && document.querySelector(".path-panel") !== null`,
          ),
        page,
      );
      heap.live = await jsHeapUsed(page);
      await page.context().close();
    }

    // Document: the same entities and questions in the document explorer (a neighbourhood is a focus there).
    if (document) log("page: document explorer");
    const documentTimes: Record<string, number | string> = {};
    let documentPage: Page | undefined;
    if (document)
      documentTimes.open = await attempt(async () => {
        const opened = await openPage(browser, document!.url);
        documentPage = opened.page;
        return opened.firstFrame;
      });
    if (documentPage) {
      const page = documentPage;
      const urlHas = (key: string, value: string) => `() => new URLSearchParams(location.search).get(${q(key)}) === ${q(value)}`;
      documentTimes.search = await attempt(() =>
        timed(page, typeInto(".topbar .search-input", ordinary.name), suggestionShown(".topbar", ordinary.id)),
      );
      await suggest(page, ".topbar", hub);
      await page.evaluate(pickSuggestion(".topbar", hub.id));
      documentTimes.hub = await attempt(() =>
        timed(page, clickButton('.side-panel button[data-action="focus-1"]'), urlHas("focus", hub.id)),
      );
      await page.evaluate(clickNode(neighbour.id));
      documentTimes.neighbour = await attempt(() =>
        timed(page, clickButton('.side-panel button[data-action="expand"]'), urlHas("expand", neighbour.id)),
      );
      await page.evaluate(clickNode(ordinary.id));
      await suggest(page, ".side-panel", hub);
      documentTimes.path = await attempt(() =>
        timed(page, pickSuggestion(".side-panel", hub.id), '() => document.querySelector(".path-panel") !== null'),
      );
      heap.document = await jsHeapUsed(page);
      await page.context().close();
    }

    // The floor: the bare sigma page changing its graph as the live page's did in each action, on a stage of its size.
    const bareTimes: Record<string, number[]> = {};
    const bareFailed: Record<string, string> = {};
    if (Object.keys(liveDrawn).length > 0) {
      log("page: bare sigma");
      const bareDir = await buildBarePage();
      const bare = await serveExplorer({ distDir: bareDir, graphJson: JSON.stringify({ articles: [], entities: [], relations: [] }) });
      const resize = ({ nodes, edges }: GraphCounts) => `window.__bench.resize(${nodes}, ${edges}, ${stage.width}, ${stage.height});`;
      try {
        for (let run = 0; run < (input.runs ?? 3); run++) {
          const { page } = await openPage(browser, bare.url);
          // Untimed, every change once first: the live page has drawn (and compiled its programs) before each action too.
          for (const drawn of Object.values(liveDrawn)) await attempt(() => timed(page, resize(drawn.after), LIVE_DRAWN));
          for (const [name, drawn] of Object.entries(liveDrawn)) {
            const ms = await attempt(async () => {
              await timed(page, resize(drawn.before), LIVE_DRAWN);
              return timed(page, resize(drawn.after), LIVE_DRAWN);
            });
            if (typeof ms === "number") (bareTimes[name] ??= []).push(ms);
            else bareFailed[name] = ms;
          }
          await page.context().close();
        }
      } finally {
        await bare.close();
        rmSync(bareDir, { recursive: true, force: true });
      }
    }
    const bareMedian = (name: string) => {
      const times = [...(bareTimes[name] ?? [])].sort((a, b) => a - b);
      return times.length > 0 ? times[Math.floor(times.length / 2)]! : bareFailed[name];
    };

    const actions: [string, string][] = [
      ["open", `open (live: on ${ordinary.name}; document: all of it) → first frame`],
      ["search", `search "${ordinary.name}" → results shown`],
      ["hub", `the hub ${hub.name}'s neighbourhood → drawn`],
      ["neighbour", `expand ${neighbour.name} → drawn`],
      ["path", `path ${ordinary.name} → hub → drawn`],
    ];
    for (const [key, action] of actions) {
      timings.push({
        action,
        live: liveTimes[key]?.ms ?? "not run",
        document: documentTimes[key] ?? "not run",
        ...(liveDrawn[key] ? { bare: bareMedian(key) ?? "not run", drawn: liveDrawn[key] } : {}),
        ...(liveTimes[key] ? { server: liveTimes[key].server } : {}),
      });
    }
  } finally {
    await browser.close();
    await live.close();
    await document?.close();
  }
  return { timings, heap };
}
