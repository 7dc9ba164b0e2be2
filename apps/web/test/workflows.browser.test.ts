// Researchers' workflows in real headless Chromium: the relation table, its CSV, and the views a link reopens.
import { readFileSync } from "node:fs";
import type { GraphDocument } from "@news-kg/schema";
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureExplorerBuilt, serveExplorer, type ExplorerServer } from "../server/index.ts";
import { launchChromium } from "../testing/chromium.ts";
import { openExplorer, sampleGraphJson } from "../testing/explorer-page.ts";

const TEST_TIMEOUT = 120_000;

describe("research workflows in Chromium", () => {
  let browser: Browser;
  let sample: ExplorerServer;
  let graphDoc: GraphDocument;

  beforeAll(async () => {
    const graphJson = await sampleGraphJson();
    graphDoc = JSON.parse(graphJson);
    sample = await serveExplorer({ distDir: await ensureExplorerBuilt(), graphJson });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sample?.close();
  });

  it(
    "lists the relations the filters show in a sortable table, selects one on click, and exports them as CSV",
    async () => {
      const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
      await openExplorer(page, `${sample.url}?view=table`);
      const rows = page.locator(".relation-table tbody tr");
      const total = graphDoc.relations.length;
      await expect.poll(() => rows.count()).toBe(total);
      expect(await page.locator(".table-count").textContent()).toBe(`${total} of ${total} relations`);

      // Switching MET off removes its rows.
      const met = graphDoc.relations.filter((r) => r.type === "MET");
      expect(met.length).toBeGreaterThan(2);
      await page.click('input[data-filter="relation:MET"]');
      await expect.poll(() => rows.count()).toBe(total - met.length);
      expect(await page.locator(".relation-table tbody td:nth-child(2)").allTextContents()).not.toContain("MET");

      // Sorting by evidence, most first: Putin OFFICIAL_OF Russia rests on the most sentences.
      const mostEvidence = [...graphDoc.relations].sort((a, b) => b.evidence.length - a.evidence.length)[0]!;
      await page.click('button[data-sort="evidence"]');
      await page.click('button[data-sort="evidence"]');
      expect(await rows.first().getAttribute("data-relation-id")).toBe(mostEvidence.id);
      expect(new URL(page.url()).searchParams.get("sort")).toBe("-evidence");

      // The CSV holds every sentence of every row shown, one line each.
      const shown = graphDoc.relations.filter((r) => r.type !== "MET");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-action="export-csv"]')]);
      expect(download.suggestedFilename()).toBe("news-kg-relations.csv");
      const csv = readFileSync((await download.path())!, "utf8");
      const lines = csv.trimEnd().split("\r\n");
      expect(lines).toHaveLength(1 + shown.reduce((sum, r) => sum + r.evidence.length, 0));
      const lavrovVisit = graphDoc.relations.find((r) => r.source === "person:sergey-lavrov" && r.type === "VISITED")!;
      const visitLine = lines.find((line) => line.startsWith(`${lavrovVisit.id},`))!;
      expect(visitLine).toContain(",Sergey Lavrov,VISITED,North Korea,occurred,2023,text,1,");
      expect(visitLine).toContain(lavrovVisit.evidence[0]!.articleId);
      expect(lines.filter((line) => line.split(",")[2] === "MET")).toEqual([]);

      // A row selects its relation; the card shows its evidence.
      await page.click(`tr[data-relation-id="${lavrovVisit.id}"]`);
      await expect.poll(() => page.locator(".relation-panel").getAttribute("data-relation-id")).toBe(lavrovVisit.id);
      expect(await page.locator(".relation-panel .evidence-sentence").first().textContent()).toBe(lavrovVisit.evidence[0]!.sentence);

      // The link reopens the same table, filter, order and selection.
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.state === "ready");
      await expect.poll(() => rows.count()).toBe(total - met.length);
      expect(await rows.first().getAttribute("data-relation-id")).toBe(mostEvidence.id);
      expect(await page.locator("tr.selected").getAttribute("data-relation-id")).toBe(lavrovVisit.id);
      await page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    "gives the entity card only what the filters show, with each sentence's article",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await openExplorer(page, `${sample.url}?node=person%3Avladimir-putin&hideRelations=MET`);
      const card = page.locator(".entity-panel");
      await card.waitFor();
      expect(await card.locator('.relation-group[data-relation-type="MET"]').count()).toBe(0);
      const putinRelations = graphDoc.relations.filter((r) => r.source === "person:vladimir-putin" || r.target === "person:vladimir-putin");
      const putinMet = putinRelations.filter((r) => r.type === "MET");
      expect(await card.locator(".relation-entry").count()).toBe(putinRelations.length - putinMet.length);
      expect(await card.locator(".hidden-count").textContent()).toBe(`${putinMet.length} more hidden by the filters.`);
      const first = card.locator(".relation-entry").first();
      const firstId = await first.getAttribute("data-relation-id");
      const relation = graphDoc.relations.find((r) => r.id === firstId)!;
      expect(await first.locator(".article-citation").getAttribute("data-article-id")).toBe(relation.evidence[0]!.articleId);
      await page.close();
    },
    TEST_TIMEOUT,
  );
  it(
    "hides the entities the filters leave unconnected, frames what remains, and counts shown / total in the legend",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await openExplorer(page, sample.url);
      /** The shown nodes, and the box they take on screen as a share of the stage (0 to 1 each way). */
      const onScreen = () =>
        page.evaluate(() => {
          const { graph, renderer } = window.__explorer;
          const { width, height } = renderer.getDimensions();
          const shown = graph.nodes().filter((n) => !renderer.getNodeDisplayData(n)!.hidden);
          const points = shown.map((n) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!));
          const xs = points.map((p) => p.x / width);
          const ys = points.map((p) => p.y / height);
          return { shown: shown.sort(), box: [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] };
        });
      const connected = new Set(graphDoc.relations.flatMap((r) => [r.source, r.target]));
      expect(connected.size).toBeLessThan(graphDoc.entities.length); // the sample has unconnected entities
      await expect.poll(async () => (await onScreen()).shown).toEqual([...connected].sort());

      // "only" on planned: its relations and their ends remain, framed to fill the stage.
      const planned = graphDoc.relations.filter((r) => r.status === "planned");
      await page.click('button[data-only="status:planned"]');
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-focus-key"))).toBe("only:status:planned");
      expect(new URL(page.url()).searchParams.get("hideStatuses")).toBe("occurred,alleged");
      const plannedEnds = [...new Set(planned.flatMap((r) => [r.source, r.target]))].sort();
      await expect.poll(async () => (await onScreen()).shown).toEqual(plannedEnds);
      await expect
        .poll(async () => {
          const [left, right, top, bottom] = (await onScreen()).box;
          const inside = left! >= 0 && right! <= 1 && top! >= 0 && bottom! <= 1;
          return inside && Math.max(right! - left!, bottom! - top!) > 0.5;
        })
        .toBe(true);
      const count = (filter: string) => page.locator(`.legend-row:has(input[data-filter="${filter}"]) .legend-count`).textContent();
      expect(await count("status:planned")).toBe(`${planned.length} / ${planned.length}`);
      const occurred = graphDoc.relations.filter((r) => r.status === "occurred").length;
      expect(await count("status:occurred")).toBe(`0 / ${occurred}`);

      // Keeping unconnected entities brings every entity back; the link says so.
      await page.click('input[data-filter="orphans"]');
      await expect.poll(async () => (await onScreen()).shown.length).toBe(graphDoc.entities.length);
      expect(new URL(page.url()).searchParams.get("orphans")).toBe("show");
      // "all" switches every status back on.
      await page.click('button[data-focus-key="all:status"]');
      expect(new URL(page.url()).searchParams.get("hideStatuses")).toBeNull();
      await page.close();
    },
    TEST_TIMEOUT,
  );
  /** The entities drawn now, sorted. */
  const shownNodes = (page: Page) =>
    page.evaluate(() => {
      const { graph, renderer } = window.__explorer;
      return graph
        .nodes()
        .filter((n) => !renderer.getNodeDisplayData(n)!.hidden)
        .sort();
    });

  it(
    "draws and lists the shortest paths from Sergey Lavrov to Kim Jong Un over the relation types shown",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await openExplorer(page, `${sample.url}?path=person%3Asergey-lavrov,person%3Akim-jong-un`);
      const card = page.locator(".path-panel");
      await card.waitFor();
      // Worked out from the sample's relations: Lavrov is an official of Russia and visited North Korea;
      // Kim Jong Un is an official of North Korea, visited Russia (five VISITED relations: four made, dated four ways, and one planned) and praised it.
      expect(await card.locator(".path-summary").textContent()).toMatch(/^2 steps; 2 shortest paths\./);
      // The camera frames the paths in the part of the stage the card leaves uncovered.
      const pathNodes = ["person:sergey-lavrov", "country:north-korea", "country:russia", "person:kim-jong-un"];
      await expect
        .poll(() =>
          page.evaluate((nodes) => {
            const { renderer } = window.__explorer;
            const { width, height } = renderer.getDimensions();
            const uncovered = width - document.querySelector<HTMLElement>(".side-panel")!.offsetWidth;
            return nodes.every((node) => {
              const { x, y } = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
              return x >= 0 && x <= uncovered && y >= 0 && y <= height;
            });
          }, pathNodes),
        )
        .toBe(true);
      const listed = async () =>
        [...new Set(await card.locator(".relation-entry").evaluateAll((els) => els.map((e) => e.getAttribute("data-relation-id"))))].sort();
      const byTypeBetween = (type: string, a: string, b: string) =>
        graphDoc.relations.filter((r) => r.type === type && [r.source, r.target].sort().join() === [a, b].sort().join()).map((r) => r.id);
      const expected = [
        ...byTypeBetween("VISITED", "person:sergey-lavrov", "country:north-korea"),
        ...byTypeBetween("OFFICIAL_OF", "person:kim-jong-un", "country:north-korea"),
        ...byTypeBetween("OFFICIAL_OF", "person:sergey-lavrov", "country:russia"),
        ...byTypeBetween("VISITED", "person:kim-jong-un", "country:russia"),
        ...byTypeBetween("PRAISED", "person:kim-jong-un", "country:russia"),
      ].sort();
      expect(expected).toHaveLength(9);
      expect(await listed()).toEqual(expected);
      expect(await card.locator(".evidence-snippet").count()).toBe(9);
      // The paths stand out in the picture: their relations are labelled and drawn on top.
      const highlighted = await page.evaluate(() => {
        const { graph, renderer } = window.__explorer;
        return graph
          .edges()
          .filter((e) => (renderer.getEdgeDisplayData(e) as unknown as { zIndex: number }).zIndex === 1)
          .sort();
      });
      expect(highlighted).toEqual(expected);

      // Without OFFICIAL_OF the paths are longer: through Choe Son Hui or North Korea, then Putin or Russia.
      await page.click('input[data-filter="relation:OFFICIAL_OF"]');
      await expect.poll(() => card.locator(".path-summary").textContent()).toMatch(/^3 steps; 4 shortest paths/);
      expect(await card.locator("section.path h3").allTextContents()).toHaveLength(4);

      // A step's relation opens its evidence; the link reopens the paths.
      await card.locator(".relation-entry button").first().click();
      await page.locator(".relation-panel").waitFor();
      await page.click("text=← Shortest paths");
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.state === "ready");
      await expect.poll(() => page.locator(".path-panel .path-summary").textContent()).toMatch(/^3 steps; 4 shortest paths/);
      await page.close();
    },
    TEST_TIMEOUT,
  );

  it(
    "shows only the N-hop neighbourhood of an entity, deeper with +, expands and collapses a node",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await openExplorer(page, `${sample.url}?focus=person%3Avladimir-putin&hops=1&node=person%3Achoe-son-hui`);
      // Putin's neighbours in the sample (by hand from its relations).
      const oneHop = [
        "country:north-korea",
        "country:russia",
        "location:vladivostok",
        "person:choe-son-hui",
        "person:kim-jong-il",
        "person:kim-jong-un",
        "person:vladimir-putin",
      ];
      await expect.poll(() => shownNodes(page)).toEqual(oneHop);
      expect(await page.locator(".focus-bar").textContent()).toContain("Neighbourhood of Vladimir Putin: 1 hop");

      // Expanding Choe Son Hui adds her neighbour Sergey Lavrov; collapsing takes him away again.
      await page.click('button[data-action="expand"]');
      await expect.poll(() => shownNodes(page)).toEqual([...oneHop, "person:sergey-lavrov"].sort());
      expect(new URL(page.url()).searchParams.get("expand")).toBe("person:choe-son-hui");
      await page.click('button[data-action="expand"]');
      await expect.poll(() => shownNodes(page)).toEqual(oneHop);

      // Two hops: the neighbours of Russia, North Korea and Kim Jong Un join.
      await page.click('button[aria-label="One hop more"]');
      const twoHops = [
        ...oneHop,
        "country:south-korea",
        "country:united-states",
        "location:russian-far-east",
        "person:andrey-rudenko",
        "person:dmitry-peskov",
        "person:sergei-shoigu",
        "person:sergey-lavrov",
        "person:yuri-ushakov",
      ].sort();
      await expect.poll(() => shownNodes(page)).toEqual(twoHops);
      expect(new URL(page.url()).searchParams.get("hops")).toBe("2");
      await page.reload();
      await page.waitForFunction(() => document.body.dataset.state === "ready");
      await expect.poll(() => shownNodes(page)).toEqual(twoHops);

      await page.click('button[data-action="clear-focus"]');
      await expect.poll(async () => (await shownNodes(page)).length).toBeGreaterThan(twoHops.length);
      expect(new URL(page.url()).searchParams.get("focus")).toBeNull();
      await page.close();
    },
    TEST_TIMEOUT,
  );
  it(
    "counts dated relations in a histogram over the bulk of the dates, lists the outliers, and leaves undated ones out of a range",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await openExplorer(page, sample.url);
      await page.locator(".date-track").waitFor();
      // A relation is dated by its text, else by a dated article reporting it; standing facts never are.
      const STANDING = ["OFFICIAL_OF", "PARENT_OF", "LOCATED_IN"];
      const published = new Set(graphDoc.articles.filter((a) => a.published).map((a) => a.id));
      const events = graphDoc.relations.filter((r) => !STANDING.includes(r.type));
      const dated = events.filter((r) => r.date || r.evidence.some((e) => published.has(e.articleId)));
      // The two relations dated July 2000 (Putin's visit to North Korea, his meeting with Kim Jong Il) lie
      // decades before the rest: they are listed, not on the track.
      const from2000 = dated.filter((r) => r.date?.startsWith("2000"));
      expect(from2000).toHaveLength(2);
      const bars = await page.locator(".date-bar").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))));
      expect(bars.reduce((a, b) => a + b, 0)).toBe(dated.length - from2000.length);
      expect(await page.locator(".date-outliers summary").textContent()).toBe("2 relations dated far from the rest, off the track");
      expect(
        (await page.locator(".date-outliers button").evaluateAll((els) => els.map((e) => e.getAttribute("data-relation-id")))).sort(),
      ).toEqual(from2000.map((r) => r.id).sort());
      const standing = graphDoc.relations.length - events.length;
      expect(await page.locator(".date-counts").textContent()).toBe(
        `No date: ${events.length - dated.length} events, ${standing} standing facts (such as OFFICIAL_OF).`,
      );
      expect(await page.locator('input[data-range="from"]').getAttribute("aria-valuetext")).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      // June to September 2024: only what is dated then stays; the undated switch is off, and brings them back.
      await page.evaluate(() => {
        const from = document.querySelector<HTMLInputElement>('input[data-range="from"]')!;
        from.value = String(Date.UTC(2024, 5, 1) / 86_400_000);
        from.dispatchEvent(new Event("input", { bubbles: true }));
        from.dispatchEvent(new Event("change", { bubbles: true }));
      });
      expect(new URL(page.url()).searchParams.get("from")).toBe("2024-06-01");
      // The sample's only dated article was published on 2024-06-19.
      expect(graphDoc.articles.filter((a) => a.published).map((a) => a.published)).toEqual(["2024-06-19"]);
      const inJune = dated.filter((r) => (r.date ?? "2024-06-19").startsWith("2024-06"));
      const shownEdges = () =>
        page.evaluate(() => {
          const { graph } = window.__explorer;
          return graph
            .edges()
            .filter((e) => window.__explorer.isEdgeVisible(e))
            .sort();
        });
      await expect.poll(shownEdges).toEqual(inJune.map((r) => r.id).sort());
      const undated = page.locator('input[data-filter="undated"]');
      expect(await undated.isChecked()).toBe(false);
      expect(await undated.isDisabled()).toBe(false);
      await undated.click();
      expect(new URL(page.url()).searchParams.get("undated")).toBe("include");
      await expect.poll(async () => (await shownEdges()).length).toBe(graphDoc.relations.length - (dated.length - inJune.length));
      await page.close();
    },
    TEST_TIMEOUT,
  );
  it(
    "draws the relations of a pair as one edge with their count and types, apart on click, curves capped",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await openExplorer(page, sample.url);
      const between = graphDoc.relations
        .filter((r) => [r.source, r.target].sort().join() === "country:north-korea,country:russia")
        .map((r) => r.id)
        .sort();
      // By hand from the sample: SIGNED ×2, SUPPLIED, SUPPORTED ×3 (North Korea → Russia), THANKED (Russia → North Korea).
      expect(between).toHaveLength(7);
      const drawn = () =>
        page.evaluate(
          (ids) =>
            ids.map((id) => {
              const { hidden, label, curvature } = window.__explorer.renderer.getEdgeDisplayData(id)!;
              return { hidden, label, curvature };
            }),
          between,
        );
      const folded = await drawn();
      expect(folded.filter((edge) => !edge.hidden)).toEqual([
        { hidden: false, label: "7 relations: SIGNED ×2, SUPPLIED, SUPPORTED ×3, THANKED", curvature: 0 },
      ]);
      await page.evaluate((edge) => window.__explorer.renderer.emit("clickEdge", { edge }), between[0]!);
      await expect.poll(async () => (await drawn()).filter((edge) => !edge.hidden).length).toBe(7);
      const curvatures = (await drawn()).map((edge) => edge.curvature);
      // Each on its own track, seen from North Korea's side (a reversed edge bends the other way).
      const fromNorthKorea = between.map((id) => (graphDoc.relations.find((r) => r.id === id)!.source === "country:north-korea" ? 1 : -1));
      expect(new Set(curvatures.map((c, i) => (c * fromNorthKorea[i]!).toFixed(3))).size).toBe(7);
      expect(Math.max(...curvatures.map(Math.abs))).toBeLessThanOrEqual(0.6 + 1e-9);
      expect(new Set((await drawn()).map((edge) => edge.label)).size).toBe(7); // each with its own label

      await page.click('input[data-filter="parallel"]');
      expect(new URL(page.url()).searchParams.get("parallel")).toBe("split");
      await page.close();
    },
    TEST_TIMEOUT,
  );
  it(
    "closes the card with Escape, zooms with buttons and keys, and steps back through views with Back",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await openExplorer(page, sample.url);
      const camera = () => page.evaluate(() => window.__explorer.renderer.getCamera().getState());

      // Each view change is a history entry: table, then a filter, then a card.
      await page.click('button[data-action="table"]');
      await page.click('button[data-only="relation:MET"]');
      await page.click("tr[data-relation-id] >> nth=0");
      await page.locator(".relation-panel").waitFor();
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator(".side-panel").isHidden()).toBe(true);
      expect(new URL(page.url()).searchParams.get("relation")).toBeNull();

      await page.goBack(); // the card again
      await expect.poll(() => page.locator(".relation-panel").count()).toBe(1);
      await page.goBack(); // the card not yet open
      await expect.poll(() => page.locator(".side-panel").isHidden()).toBe(true);
      await page.goBack(); // before "only MET"
      await expect.poll(() => page.locator(".relation-table tbody tr").count()).toBe(graphDoc.relations.length);
      expect(await page.locator('input[data-filter="relation:VISITED"]').isChecked()).toBe(true);
      await page.goBack(); // before the table
      await expect.poll(() => page.locator(".relation-table").count()).toBe(0);

      // Zoom buttons and the keyboard move the camera.
      await page.waitForTimeout(500); // the camera settles after the last refit
      const before = await camera();
      await page.click('button[data-action="zoom-in"]');
      await expect.poll(async () => (await camera()).ratio).toBeLessThan(before.ratio);
      const zoomed = await camera();
      await page.focus(".stage");
      await page.keyboard.press("ArrowRight");
      await expect.poll(async () => (await camera()).x).toBeGreaterThan(zoomed.x);
      await page.keyboard.press("-");
      await expect.poll(async () => (await camera()).ratio).toBeGreaterThan(zoomed.ratio);
      await page.close();
    },
    TEST_TIMEOUT,
  );
  it(
    "exports the filtered view as GEXF with time intervals, and a captioned picture at a chosen size",
    async () => {
      const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
      const standing = ["OFFICIAL_OF", "PARENT_OF", "LOCATED_IN"];
      await openExplorer(page, `${sample.url}?hideRelations=${standing.join(",")}`);
      const save = async (action: string) => {
        const [download] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-action="${action}"]`)]);
        return readFileSync((await download.path())!);
      };
      const xml = (await save("export-gexf")).toString("utf8");
      const back = parse(MultiGraph, xml);
      const events = graphDoc.relations.filter((r) => !standing.includes(r.type));
      expect(back.edges().sort()).toEqual(events.map((r) => r.id).sort());
      expect(back.nodes().sort()).toEqual([...new Set(events.flatMap((r) => [r.source, r.target]))].sort());
      const met = events.find((r) => r.type === "MET" && r.date === "2024-06-19")!;
      expect(back.isUndirected(met.id)).toBe(true);
      expect(back.getEdgeAttributes(met.id)).toMatchObject({
        evidence: met.evidence.length,
        articles: [...new Set(met.evidence.map((e) => e.articleId))].join("; "),
      });
      expect(xml).toContain('<graph mode="dynamic" timeformat="date"');
      expect(xml).toContain(`<edge id="${met.id}" start="2024-06-19" end="2024-06-19"`);

      await page.selectOption('select[data-action="png-size"]', "1920 × 1080");
      const png = await save("export-png");
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(1920); // IHDR width
      expect(png.readUInt32BE(20)).toBeGreaterThan(1080); // the graph, then the legend and the caption
      await page.close();
    },
    TEST_TIMEOUT,
  );
  it(
    "answers the five research questions of issue #8 in a few actions each",
    async () => {
      const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
      let actions = 0;
      const act = async (step: () => Promise<unknown>) => {
        actions++;
        await step();
      };
      const setFrom = async (isoDate: string) => {
        await page.locator('input[data-range="from"]').waitFor(); // the time line is drawn after the first frame
        await page.evaluate((day) => {
          const from = document.querySelector<HTMLInputElement>('input[data-range="from"]')!;
          from.value = String(day);
          from.dispatchEvent(new Event("input", { bubbles: true }));
          from.dispatchEvent(new Event("change", { bubbles: true }));
        }, Date.parse(isoDate) / 86_400_000);
      };
      const shownEdges = () => page.evaluate(() => window.__explorer.graph.edges().filter((e) => window.__explorer.isEdgeVisible(e)));
      const pick = async (selector: string, text: string) => {
        await page.fill(selector, text);
        await page.press(selector, "Enter");
      };

      // 1. "Who did Putin meet in 2024, and where does each claim come from?": search, only MET, move the range's start.
      await openExplorer(page, sample.url);
      await act(() => pick(".topbar .search-input", "vladimir putin"));
      await act(() => page.click('button[data-only="relation:MET"]'));
      await act(() => setFrom("2024-01-01"));
      const entries = page.locator('.entity-panel .relation-group[data-relation-type="MET"] .relation-entry');
      await expect.poll(() => entries.count()).toBeGreaterThan(0);
      for (const entry of await entries.all()) {
        expect(await entry.locator(".relation-date").textContent()).toMatch(/^2024/);
        expect(await entry.locator(".article-citation").count()).toBe(1);
      }
      expect(actions).toBeLessThanOrEqual(5);

      // 2. "Which visits were only planned?": only VISITED, only planned.
      actions = 0;
      await openExplorer(page, sample.url);
      await act(() => page.click('button[data-only="relation:VISITED"]'));
      await act(() => page.click('button[data-only="status:planned"]'));
      const plannedVisits = graphDoc.relations.filter((r) => r.type === "VISITED" && r.status === "planned").map((r) => r.id);
      await expect.poll(shownEdges).toEqual(plannedVisits);
      expect(actions).toBeLessThanOrEqual(5);

      // 3. "How are they connected?" (the sample has no Vietnam: Sergey Lavrov and Kim Jong Un): search, then a path.
      actions = 0;
      await openExplorer(page, sample.url);
      await act(() => pick(".topbar .search-input", "lavrov"));
      await act(() => pick(".path-to .search-input", "kim jong un"));
      await expect.poll(() => page.locator(".path-panel .path-summary").textContent()).toMatch(/^2 steps/);
      expect(actions).toBeLessThanOrEqual(5);

      // 4. "Only events between June and September 2024": move the range's start (the data end in June).
      actions = 0;
      await openExplorer(page, sample.url);
      await act(() => setFrom("2024-06-01"));
      // Events dated in June 2024 by their text, or reported (undated) by the one article published then.
      const published = new Map(graphDoc.articles.filter((a) => a.published).map((a) => [a.id, a.published!]));
      const reported = (r: (typeof graphDoc.relations)[number]) => r.evidence.map((e) => published.get(e.articleId)).find(Boolean);
      const inJune = graphDoc.relations
        .filter((r) => !["OFFICIAL_OF", "PARENT_OF", "LOCATED_IN"].includes(r.type) && (r.date ?? reported(r) ?? "").startsWith("2024-06"))
        .map((r) => r.id);
      expect(inJune.length).toBeGreaterThan(0);
      await expect.poll(shownEdges).toEqual(inJune);
      expect(actions).toBeLessThanOrEqual(5);

      // 5. Unconnected entities and knots of parallel edges: gone with no action at all.
      await openExplorer(page, sample.url);
      const connected = new Set(graphDoc.relations.flatMap((r) => [r.source, r.target]));
      const shownNodes = await page.evaluate(() =>
        window.__explorer.graph.nodes().filter((n) => !window.__explorer.renderer.getNodeDisplayData(n)!.hidden),
      );
      expect(shownNodes.length).toBe(connected.size);
      await page.close();
    },
    TEST_TIMEOUT,
  );
});
