// The explorer in live mode, in real headless Chromium, on the sample corpus's graph loaded into the shared Neo4j
// under a mark of its own (the loader tests' frozen copy, so that a better extractor does not move these answers): search, expand, follow a path, with no request for a whole document. It needs Neo4j (this
// project's global setup) and Chromium at /usr/bin/chromium.
import { randomBytes } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, documentSource, exploreApi, loadGraph, resetGraph } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import type { GraphDocument } from "@news-kg/schema";
import { ensureExplorerBuilt, serveExplorer, type ExplorerServer } from "@news-kg/web/server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prefixIds } from "../../cli/test/helpers/prefix-ids.ts";
import { launchChromium } from "../testing/chromium.ts";

const SAMPLE_GRAPH = new URL("../../../packages/loader/test/fixtures/sample-graph.json", import.meta.url);
type Hook = {
  graph: { order: number; size: number; hasNode(id: string): boolean };
  renderer: {
    emit(event: string, payload: unknown): void;
    on(event: string, listener: () => void): void;
    off(event: string, listener: () => void): void;
  };
  layout: { stats(): { iterations: number } };
};
const hook = (page: Page) =>
  page.evaluate(() => {
    const { graph } = (window as unknown as { __explorer: Hook }).__explorer;
    return { entities: graph.order, relations: graph.size };
  });
/** How long a page that has stopped drawing is watched, and waited on before (a frame composites in 100-300 ms here). */
const STILL_MS = 500;
/** How many windows of 3 × STILL_MS a page has to come to rest in. */
const STILL_WINDOWS = 6;
/** In the page: resolves once nothing changed in the DOM and sigma drew nothing for `quietMs`. */
const settled = (quietMs: number) =>
  new Promise<void>((resolve) => {
    let last = performance.now();
    const moved = () => (last = performance.now());
    const mutations = new MutationObserver(moved);
    mutations.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const { renderer } = (window as unknown as { __explorer: Hook }).__explorer;
    renderer.on("afterRender", moved);
    const check = () => {
      if (performance.now() - last < quietMs) return void setTimeout(check, 50);
      mutations.disconnect();
      renderer.off("afterRender", moved);
      resolve();
    };
    check();
  });
const ready = (page: Page) => page.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 60_000 });
const clickNode = (page: Page, node: string) =>
  page.evaluate((id) => (window as unknown as { __explorer: Hook }).__explorer.renderer.emit("clickNode", { node: id }), node);

describe("the live explorer in Chromium", () => {
  const loadedBy = `test-live-page-${randomBytes(4).toString("hex")}`;
  // Ids are unique across the shared server: this test's copy of the corpus has its own.
  const P = `${loadedBy}:`;
  let driver: Awaited<ReturnType<typeof connect>>;
  let server: ExplorerServer;
  let browser: Browser;

  beforeAll(async () => {
    const connection = neo4jConnection();
    driver = await connect(connection);
    const document = JSON.parse(await readFile(SAMPLE_GRAPH, "utf8")) as GraphDocument;
    await loadGraph(driver, documentSource(prefixIds(document, P)), { loadedBy });
    server = await serveExplorer({
      distDir: await ensureExplorerBuilt(),
      api: exploreApi({ driver, target: { loadedBy }, connection }),
      port: 0,
    });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (driver) {
      await resetGraph(driver, { loadedBy });
      await driver.close();
    }
  });

  it("searches, expands and follows a path to Kim Jong Un, fetching only bounded answers", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const requests: string[] = [];
    // blob: URLs are the page's own (the layout's worker), not requests to the server.
    page.on(
      "request",
      (request) => request.url().startsWith("blob:") || requests.push(new URL(request.url()).pathname + new URL(request.url()).search),
    );
    await page.goto(server.url);
    await ready(page);
    expect(await page.locator(".stage-bar").textContent()).toBe("Search the database (top bar) for an entity to start from.");

    // Sergey Lavrov: MET Choe Son Hui, OFFICIAL_OF Russia, VISITED North Korea (corpus articles 001 and 004).
    await page.fill(".topbar .search-input", "lavrov");
    const suggestion = page.locator(`.topbar .search-suggestions li[data-entity-id="${P}person:sergey-lavrov"]`);
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toBe("Sergey Lavrovperson · 3 relations");
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => new URLSearchParams(location.search).get("node") === id, `${P}person:sergey-lavrov`);
    await ready(page);
    expect(await hook(page)).toEqual({ entities: 4, relations: 3 });
    // Every later answer is drawn by this same renderer, into the same canvas (issue #9: no remount per action).
    await page.evaluate(() => {
      const w = window as unknown as { __explorer: Hook; __seeded: unknown[] };
      w.__seeded = [w.__explorer.renderer, document.querySelector(".stage canvas")];
    });

    // North Korea's 21 relations: accused by South Korea and the United States, criticized the US, three officials
    // (Kim Jong Un, Kim Jong Il, Choe Son Hui), praised and thanked by Putin, sanctioned by South Korea, two
    // SIGNED, one SUPPLIED and three SUPPORTED with Russia, thanked by Russia, five visits (Lavrov, Shoigu, Putin
    // three times). With Lavrov's other two: 23 relations among 10 entities.
    await clickNode(page, `${P}country:north-korea`);
    await page.click('.side-panel button[data-action="expand"]');
    await page.waitForFunction((id) => new URLSearchParams(location.search).get("expand") === id, `${P}country:north-korea`);
    await ready(page);
    await expect.poll(() => hook(page)).toEqual({ entities: 10, relations: 23 });
    // Six new entities stay where they were placed, beside North Korea: no layout started (issue #9).
    expect(await page.evaluate(() => document.body.dataset.layout)).toBe("stopped");
    expect(await page.evaluate(() => (window as unknown as { __explorer: Hook }).__explorer.layout.stats().iterations)).toBe(0);

    // Lavrov to Kim Jong Un: two steps, through Russia (Kim PRAISED it and VISITED it four times) or through North
    // Korea (Lavrov VISITED it, Kim is OFFICIAL_OF it). The path's answer adds Kim's five relations with Russia.
    await clickNode(page, `${P}person:sergey-lavrov`);
    await page.fill(".side-panel .search-input", "Kim Jong Un");
    await page.locator(`.side-panel .search-suggestions li.active[data-entity-id="${P}person:kim-jong-un"]`).waitFor();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".path-panel");
    await ready(page);
    expect(new URL(page.url()).searchParams.get("path")).toBe(`${P}person:sergey-lavrov,${P}person:kim-jong-un`);
    expect(await page.locator(".path-panel").textContent()).toContain("2 steps; 2 shortest paths");
    expect(await hook(page)).toEqual({ entities: 10, relations: 28 });
    const sameRenderer = () =>
      page.evaluate(() => {
        const w = window as unknown as { __explorer: Hook; __seeded: unknown[] };
        return w.__seeded[0] === w.__explorer.renderer && w.__seeded[1] === document.querySelector(".stage canvas");
      });
    expect(await sameRenderer()).toBe(true);

    // The Cypher control holds each question, with a link to Neo4j Browser.
    await page.click("details.cypher-box summary");
    await page.locator(".cypher-text").first().waitFor();
    const texts = await page
      .locator(".cypher-text")
      .evaluateAll((fields) => fields.map((f: unknown) => (f as unknown as { value: string }).value));
    expect(texts.map((text: string) => text.split("\n")[0])).toEqual([
      "// Neighbourhood of Sergey Lavrov (1 hop)",
      "// Neighbourhood of North Korea (1 hop)",
      "// Shortest paths from Sergey Lavrov to Kim Jong Un",
    ]);
    expect(texts[0]).toContain(`'${P}person:sergey-lavrov'`);
    expect(texts[0]).not.toContain("$id");
    const link = await page.locator(".cypher-box a").first().getAttribute("href");
    const prefix = "http://127.0.0.1:7474/browser/?cmd=edit&arg=";
    expect(link?.startsWith(prefix)).toBe(true);
    expect(decodeURIComponent(link!.slice(prefix.length))).toBe(texts[0]);

    // Reloading the link reopens the same exploration; Back steps back to before the path.
    await page.reload();
    await ready(page);
    await expect.poll(() => hook(page)).toEqual({ entities: 10, relations: 28 });
    await page.goBack();
    await ready(page);
    await expect.poll(() => new URL(page.url()).searchParams.get("path")).toBe(null);
    await expect.poll(() => hook(page)).toEqual({ entities: 10, relations: 23 });

    // Only the page, its assets and bounded API answers: never a whole document.
    const api = requests.filter((path) => path.startsWith("/api/"));
    expect(
      requests.filter((path) => !path.startsWith("/api/") && !path.startsWith("/assets/") && path !== "/" && !path.startsWith("/?")),
    ).toEqual([]);
    expect(api.every((path) => /^\/api\/(overview|search|neighbourhood|path)\?|^\/api\/overview$/.test(path))).toBe(true);
    expect(api.filter((path) => path.startsWith("/api/neighbourhood")).every((path) => path.includes("limit=200"))).toBe(true);
    await page.close();
  });

  it("a relation's card shows the evidence its neighbourhood carried, then asks /api/relation for the rest", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const lavrov = `${P}person:sergey-lavrov`;
    const office = `${P}official_of:5cba9d55adafe167`;
    await page.goto(`${server.url}?node=${encodeURIComponent(lavrov)}`);
    await ready(page);
    // Lavrov OFFICIAL_OF Russia has 3 sentences (articles 001, 002, 004); his neighbourhood carries the first.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    await page.route("**/api/relation?**", async (route) => {
      asked.push(new URL(route.request().url()).searchParams.get("id") ?? "");
      await released;
      await route.continue();
    });
    await clickNode(page, lavrov);
    await page.click(`.side-panel li[data-relation-id="${office}"] button.link`);
    const card = page.locator(".relation-panel");
    await expect.poll(() => card.locator("h3").textContent()).toBe("Evidence (1 of 3)");
    expect(await card.locator(".evidence-more").textContent()).toBe("Loading all 3…");
    expect(await card.locator(".evidence-sentence").count()).toBe(1);
    release();
    await expect.poll(() => page.locator(".relation-panel h3").textContent()).toBe("Evidence (3)");
    const sentences = await page.locator(".relation-panel .evidence-sentence").allTextContents();
    expect(sentences).toHaveLength(3);
    expect(sentences[2]).toMatch(/^Bộ trưởng Ngoại giao Sergey Lavrov và ông Sergei Shoigu/);
    expect(await page.locator(".relation-panel .evidence-more").count()).toBe(0);
    expect(asked).toEqual([office]);
    await page.close();
  });

  it("race: a path asked while the view before it still moves its camera shows the path panel (the old view's camera write dropped path=)", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const lavrov = `${P}person:sergey-lavrov`;
    const kim = `${P}person:kim-jong-un`;
    await page.goto(`${server.url}?node=${encodeURIComponent(lavrov)}&expand=${encodeURIComponent(`${P}country:north-korea`)}`);
    await ready(page);
    // The path's answer is held until the drawn view's camera has moved and written itself into the address bar.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/path?**", async (route) => {
      await released;
      await route.continue();
    });
    await clickNode(page, lavrov);
    await page.fill(".side-panel .search-input", "Kim Jong Un");
    await page.locator(`.side-panel .search-suggestions li.active[data-entity-id="${kim}"]`).waitFor();
    await page.keyboard.press("Enter");
    const pathParam = () => new URL(page.url()).searchParams.get("path");
    await expect.poll(pathParam).toBe(`${lavrov},${kim}`);
    const camera = () => new URL(page.url()).searchParams.get("camera");
    const before = camera();
    await page.click('.zoom-controls button[data-action="zoom-in"]');
    await expect.poll(camera).not.toBe(before);
    release();
    await page.waitForSelector(".path-panel");
    await ready(page);
    expect(pathParam()).toBe(`${lavrov},${kim}`);
    expect(await page.locator(".path-panel").textContent()).toContain("2 steps; 2 shortest paths");
    await page.close();
  });
  it("a settled page draws nothing: the search box lets go of the focus after a pick, sigma's hover layers show only while a node is pointed at (issue #9: each frame is a full software composite here)", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    // Every animation frame the page asks for (sigma's renders, the camera, the explorer's own).
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: number };
      w.__frames = 0;
      const ask = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => {
        w.__frames++;
        return ask(callback);
      };
    });
    await page.goto(server.url);
    await ready(page);
    await page.fill(".topbar .search-input", "lavrov");
    await page.locator(`.topbar .search-suggestions li[data-entity-id="${P}person:sergey-lavrov"]`).waitFor();
    await page.keyboard.press("Enter");
    await ready(page);
    // Its caret would blink, a frame every half second, for as long as the box held the focus.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("search-input"))).toBe(false);
    const hoverLayers = () =>
      page.evaluate(() =>
        [...document.querySelectorAll(".sigma-hovers, .sigma-hoverNodes")].map((layer) => getComputedStyle(layer).visibility),
      );
    // Lavrov, picked, is selected: drawn on the labels layer, so sigma's hover layers stay hidden until a node is pointed at.
    expect(await page.evaluate(() => new URLSearchParams(location.search).get("select"))).toBe(`${P}person:sergey-lavrov`);
    expect(await hoverLayers()).toEqual(["hidden", "hidden"]);
    const point = (event: string) =>
      page.evaluate(
        ([name, node]) => (window as unknown as { __explorer: Hook }).__explorer.renderer.emit(name!, { node }),
        [event, `${P}person:sergey-lavrov`],
      );
    await point("enterNode");
    expect(await hoverLayers()).toEqual(["visible", "visible"]);
    await point("leaveNode");
    expect(await hoverLayers()).toEqual(["hidden", "hidden"]);

    // The first drawing's layout runs to a stop and the camera frames its result; after that, nothing. Frames asked
    // for earlier may still be on their way out under load (one took 1.7 s here): the page is watched until a
    // window passes without one, which a blinking caret or a render loop never lets happen.
    await page.waitForFunction(() => document.body.dataset.layout === "stopped", null, { timeout: 60_000 });
    await page.evaluate(settled, STILL_MS);
    const asked = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    const trace = join(tmpdir(), `live-still-${loadedBy}.json`);
    const watch = async () => {
      const framesBefore = await asked();
      await browser.startTracing(page, { path: trace, categories: ["viz"] });
      await page.waitForTimeout(STILL_MS * 3);
      await browser.stopTracing();
      const events = (JSON.parse(await readFile(trace, "utf8")) as { traceEvents: { name: string }[] }).traceEvents;
      return { asked: (await asked()) - framesBefore, composited: events.filter((event) => event.name === "Display::DrawAndSwap").length };
    };
    let watched = await watch();
    for (let tries = 1; tries < STILL_WINDOWS && watched.composited > 0; tries++) watched = await watch();
    await rm(trace, { force: true });
    expect(watched).toEqual({ asked: 0, composited: 0 });
    await page.close();
  });

  it("refuses an answer that is not a valid graph document: its problems shown, nothing of it drawn (checked on the page, under its CSP)", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const lavrov = `${P}person:sergey-lavrov`;
    // The real answer, less the entities: every relation then names an entity the fragment lacks.
    await page.route("**/api/neighbourhood?**", async (route) => {
      const answer = await (await route.fetch()).json();
      await route.fulfill({ json: { ...answer, graph: { ...answer.graph, entities: [] } } });
    });
    await page.goto(`${server.url}?node=${encodeURIComponent(lavrov)}`);
    await page.waitForFunction(() => document.body.dataset.state === "error");
    expect(await page.locator(".error-message").textContent()).toContain("is not a valid graph document");
    // Lavrov's first relation (the API's order: the most evidenced first) names him, at its source or target.
    expect(await page.locator(".error-issues li").first().textContent()).toMatch(/^relations\[0\]\.(source|target): unknown entity "/);
    expect(await page.evaluate(() => "__explorer" in window)).toBe(false);
    await page.close();
  });
});
