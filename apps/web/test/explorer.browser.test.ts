// The explorer in real headless Chromium (software WebGL): built and served in-process on free ports.
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import type { GraphDocument } from "@news-kg/schema";
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureExplorerBuilt, serveExplorer, type ExplorerServer } from "../server/index.ts";
import { launchChromium } from "../testing/chromium.ts";
import { openExplorer, REPO_ROOT, sampleGraphJson } from "../testing/explorer-page.ts";

const XSS = "<img src=x onerror=window.__xss=1>";
/** Screenshots the tests take, for a person to look at: git-ignored, so running tests changes no tracked file. */
const SCREENSHOT_DIR = resolve(REPO_ROOT, "out/test-screenshots");

/** The hand-written fixture: it has article titles and links, which the plain-text corpus lacks. */
function fixtureGraphJson(): string {
  return readFileSync(new URL("./fixtures/mini-graph.json", import.meta.url), "utf8");
}

/** A document with a script-bearing payload in every text field the explorer shows. */
function hostileGraphJson(): string {
  const document = JSON.parse(fixtureGraphJson());
  const putin = document.entities.find((e: { id: string }) => e.id === "person:vladimir-putin");
  putin.name = `Putin ${XSS}`;
  putin.aliases.push(XSS);
  for (const article of document.articles) {
    article.title = `${article.title} ${XSS}`;
    article.url = "javascript:window.__xss=1";
  }
  for (const relation of document.relations) for (const evidence of relation.evidence) evidence.sentence = `${evidence.sentence} ${XSS}`;
  return JSON.stringify(document);
}

describe("explorer in Chromium", () => {
  let browser: Browser;
  const servers: ExplorerServer[] = [];
  let sample: ExplorerServer;
  let sampleDocument: GraphDocument;
  let hostile: ExplorerServer;
  let invalid: ExplorerServer;
  let drawableInvalid: ExplorerServer;

  beforeAll(async () => {
    const distDir = await ensureExplorerBuilt();
    const invalidJson = JSON.stringify({ articles: [], entities: [{ id: "x", name: "", type: "PLANET", aliases: [] }], relations: "none" });
    sampleDocument = JSON.parse(await sampleGraphJson());
    sample = await serveExplorer({ distDir, graphJson: JSON.stringify(sampleDocument) });
    hostile = await serveExplorer({ distDir, graphJson: hostileGraphJson() });
    invalid = await serveExplorer({ distDir, graphJson: invalidJson });
    // Well-formed enough to draw, but a confidence out of range: the schema check must stop it anyway.
    const outOfRange = JSON.parse(fixtureGraphJson());
    outOfRange.relations[0].confidence = 7;
    drawableInvalid = await serveExplorer({ distDir, graphJson: JSON.stringify(outOfRange) });
    servers.push(sample, hostile, invalid, drawableInvalid);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  });

  it("lays out the sample graph, then stops by itself", async () => {
    const page = await browser.newPage();
    await openExplorer(page, sample.url);
    const labels = await page.evaluate(() =>
      window.__explorer.graph.nodes().map((n) => window.__explorer.graph.getNodeAttribute(n, "label")),
    );
    // One node per entity of the document served, labelled with its name.
    expect(labels.sort()).toEqual(sampleDocument.entities.map((e) => e.name).sort());
    await page.close();
  }, 90_000);

  it("finds Putin by search and lists his MET relation with Kim Jong Un and its evidence; the link reopens the view", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openExplorer(page, sample.url);
    await page.fill(".topbar .search-input", "putin");
    await page.locator(".search-suggestions li", { hasText: "Vladimir Putin" }).first().waitFor();
    await page.press(".topbar .search-input", "Enter");

    const panel = page.locator(".entity-panel");
    await expect.poll(() => panel.locator("h2").textContent()).toBe("Vladimir Putin");
    const met = panel.locator('.relation-group[data-relation-type="MET"] .relation-entry', { hasText: "Kim Jong Un" }).first();
    await met.waitFor();
    const snippet = (await met.locator(".evidence-snippet").textContent()) ?? "";
    expect(snippet).toMatch(/Kim Jong[ -]?[Uu]n/);
    expect(snippet).toMatch(/Putin/);

    await met.locator("button").click();
    const relation = page.locator(".relation-panel");
    await expect.poll(() => relation.locator("dl").textContent()).toMatch(/Status(occurred|planned).*CAMEO code04\d/);
    expect(await relation.locator(".evidence-sentence").first().textContent()).toBe(snippet);
    expect(await relation.locator(".evidence-source").first().textContent()).toMatch(/^\d{3}_[0-9a-f]+/); // the article (file) it came from

    // Searching without diacritics finds a Vietnamese alias.
    await page.fill(".topbar .search-input", "binh nhuong");
    await expect.poll(() => page.locator(".search-suggestions li").first().textContent()).toContain("Bình Nhưỡng");
    await page.keyboard.press("Escape");

    // The URL holds the view: a reload reopens the same panel, with the cached layout (no new run).
    expect(page.url()).toContain("node=person%3Avladimir-putin");
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.state === "ready");
    expect(await page.evaluate(() => document.body.dataset.layout)).toBe("stopped");
    await expect.poll(() => page.locator(".relation-panel h2").textContent()).toMatch(/Kim Jong Un\s+MET\s+Vladimir Putin/);
    expect(await page.locator(".entity-panel").count()).toBe(0);

    // A shared link with a camera opens the card; the picture goes to the git-ignored out/ (the README's
    // own is made by `pnpm docs:screenshot`).
    await page.goto(`${sample.url}?node=person%3Avladimir-putin&camera=0.7,0.5,1.1`);
    await page.waitForFunction(() => document.body.dataset.state === "ready");
    await page.locator(".entity-panel").waitFor();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, "explorer-card.png") });
    await page.close();
  }, 90_000);

  it("hides a relation type's edges when it is switched off, and keeps it in the URL", async () => {
    const page = await browser.newPage();
    await openExplorer(page, `${sample.url}?parallel=split`); // every relation on its own edge
    const hiddenByType = () =>
      page.evaluate(() => {
        const { graph, renderer } = window.__explorer;
        const byType: Record<string, boolean[]> = {};
        for (const edge of graph.edges())
          (byType[(graph.getEdgeAttribute(edge, "style") as { relationType: string }).relationType] ??= []).push(
            renderer.getEdgeDisplayData(edge)!.hidden,
          );
        return byType;
      });
    const before = await hiddenByType();
    expect(before.MET).toHaveLength(8); // the corpus's eight MET facts (see the cookbook test's who-met-whom)
    expect(before.MET).not.toContain(true);
    await page.click('input[data-filter="relation:MET"]');
    const after = await hiddenByType();
    expect(after.MET).not.toContain(false);
    expect(
      Object.entries(after)
        .filter(([type]) => type !== "MET")
        .flatMap(([, hidden]) => hidden),
    ).not.toContain(true);
    expect(new URL(page.url()).searchParams.get("hideRelations")).toBe("MET");
    await page.close();
  }, 90_000);

  it("exports the picture as PNG and the graph as GEXF for Gephi", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await openExplorer(page, sample.url);
    const save = async (action: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-action="${action}"]`)]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const png = await save("export-png");
    expect(png.name).toBe("news-kg-graph.png");
    expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(png.bytes.length).toBeGreaterThan(10_000);
    const gexf = await save("export-gexf");
    expect(gexf.name).toBe("news-kg-graph.gexf");
    const back = parse(MultiGraph, gexf.bytes.toString("utf8"));
    expect(back.getNodeAttribute("person:vladimir-putin", "label")).toBe("Vladimir Putin");
    expect(back.size).toBe(await page.evaluate(() => window.__explorer.graph.edges().length));
    await page.close();
  }, 90_000);

  it("shows hostile text literally and never runs it", async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await openExplorer(page, hostile.url);
    await page.fill(".topbar .search-input", "putin");
    await page.press(".topbar .search-input", "Enter");
    await expect.poll(() => page.locator(".entity-panel h2").textContent()).toBe(`Putin ${XSS}`);
    await page.locator('.relation-group[data-relation-type="MET"] button').first().click();
    await page.locator(".relation-panel .evidence-sentence").first().waitFor();

    expect(await page.locator(".relation-panel .evidence-sentence").first().textContent()).toContain(XSS);
    expect(await page.locator(".relation-panel .evidence-source").first().textContent()).toContain(XSS);
    expect(await page.getByText(XSS, { exact: false }).count()).toBeGreaterThan(3);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator(".relation-panel .evidence-source a").count()).toBe(0); // javascript: URLs are not links
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    await page.close();
  }, 90_000);

  it("explains an invalid document with the schema paths instead of a blank page", async () => {
    const page = await browser.newPage();
    await page.goto(invalid.url);
    await page.waitForFunction(() => document.body.dataset.state === "error");
    const text = await page.locator(".error-view").textContent();
    expect(text).toContain("is not a valid graph document");
    expect(text).toMatch(/entities\[0\]\.name/);
    expect(text).toMatch(/entities\[0\]\.type/);
    expect(text).toMatch(/relations:/);
    await page.close();
  }, 60_000);

  it("draws nothing of a document before it passes the schema check, even one it could draw", async () => {
    const page = await browser.newPage();
    await page.goto(drawableInvalid.url);
    await page.waitForFunction(() => document.body.dataset.state === "error");
    expect(await page.locator(".error-view").textContent()).toMatch(/relations\[0\]\.confidence/);
    expect(
      await page.evaluate(() => ({
        frame: document.body.dataset.firstFrame,
        canvases: document.querySelectorAll("canvas").length,
        hook: "__explorer" in window,
      })),
    ).toEqual({
      frame: undefined,
      canvases: 0,
      hook: false,
    });
    await page.close();
  }, 60_000);

  it("opens a file the user picks instead of the served one, with links to the articles", async () => {
    const page = await browser.newPage();
    await page.goto(invalid.url);
    await page.waitForFunction(() => document.body.dataset.state === "error");
    await page.setInputFiles('input[type="file"]', {
      name: "mini-graph.json",
      mimeType: "application/json",
      buffer: Buffer.from(fixtureGraphJson()),
    });
    await page.waitForFunction(() => document.body.dataset.state === "ready" && document.body.dataset.layout === "stopped", null, {
      timeout: 60_000,
    });
    expect(await page.locator(".doc-stats").textContent()).toMatch(/^10 entities · 14 relations/);
    await page.fill(".topbar .search-input", "lap rop"); // Xéc-gây Láp-rốp, an alias of Sergei Lavrov
    await page.press(".topbar .search-input", "Enter");
    await page.locator('.relation-group[data-relation-type="MET"] button').first().click();
    const link = page.locator(".relation-panel .evidence-source a").first();
    expect(await link.getAttribute("href")).toBe("https://example.vn/ngoai-truong-trieu-tien-hoi-dam");
    expect(await link.textContent()).toBe("Ngoại trưởng Triều Tiên hội đàm với ông Lavrov");
    await page.close();
  }, 90_000);
});
