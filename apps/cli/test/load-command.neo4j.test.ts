import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractFiles } from "@news-kg/extractor";
import { connect, documentSource, loadGraph, resetGraph } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import { parseGraphDocument, type GraphDocument } from "@news-kg/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleSubset } from "../../../packages/loader/test/helpers/article-subset.ts";
import { canonicalGraph } from "../../../packages/loader/test/helpers/canonical-graph.ts";
import { fixtureGraph } from "../../../packages/loader/test/helpers/fixture-graph.ts";
import { countMarked } from "../../../packages/loader/test/helpers/test-graph.ts";
import { closedPort } from "./helpers/closed-port.ts";
import { prefixIds } from "./helpers/prefix-ids.ts";
import { REPO_ROOT as ROOT, runKg } from "./helpers/run-kg.ts";

const CORPUS = join(ROOT, "corpus");

const token = randomBytes(4).toString("hex");
const loadedBy = `test-cli-${token}`;
const prefix = `cli-${token}:`;
let dir: string;
let driver: Awaited<ReturnType<typeof connect>>;
let corpusGraph: GraphDocument;
let graphFile: string;

const kg = (args: string[], env: Record<string, string> = {}) => runKg(args, { KG_LOADED_BY: loadedBy, ...env });

/** Fact relationships among counts by label / type (everything but nodes and MENTIONS). */
const totalFacts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([kind]) => kind === kind.toUpperCase() && kind !== "MENTIONS")
    .reduce((sum, [, n]) => sum + n, 0);

const errorLines = (stderr: string) => stderr.split("\n").filter((line) => line.trim() !== "");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-load-cmd-"));
  driver = await connect(neo4jConnection());
  const { document, failures } = await extractFiles([CORPUS]);
  expect(failures).toEqual([]);
  corpusGraph = prefixIds(document, prefix);
  graphFile = join(dir, "corpus-graph.json");
  await writeFile(graphFile, JSON.stringify(corpusGraph));
});

afterAll(async () => {
  await resetGraph(driver, { loadedBy });
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe("kg load / kg export", () => {
  it("loads the extracted sample corpus and exports the same entities, relations and evidence", async () => {
    const load = kg(["load", graphFile, "--batch-size", "7"]);
    expect(load.stderr).not.toMatch(/^load:|loader:/m);
    expect(load.code).toBe(0);
    const { articles, entities, relations } = corpusGraph;
    expect(load.stdout).toContain(`load: loaded ${articles.length} articles, ${entities.length} entities, ${relations.length} relations`);
    // 5 articles + 36 entities; 53 facts + 79 MENTIONS links (the corpus as extracted).
    expect(load.stdout).toMatch(
      /load: 41 nodes created, 132 relationships created, \d+ properties set, 0 nodes deleted, 0 relationships deleted/,
    );

    const outDir = join(dir, "export");
    const out = join(outDir, "graph.json");
    const exported = kg(["export", "--out", out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`export: wrote ${out}: ${articles.length} articles`);
    const back = parseGraphDocument(JSON.parse(await readFile(out, "utf8")));
    expect(canonicalGraph(back)).toEqual(canonicalGraph(corpusGraph));
    expect(await readdir(outDir)).toEqual(["graph.json"]);
  });

  it("loads the same document again without creating or deleting anything", () => {
    const again = kg(["load", graphFile]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /load: 0 nodes created, 0 relationships created, \d+ properties set, 0 nodes deleted, 0 relationships deleted/,
    );
  });

  it("never prints the user:password that NEO4J_URI carries", () => {
    const uri = neo4jConnection().uri;
    const run = kg(["load", graphFile], { NEO4J_URI: uri.replace("://", `://someone:s3cret-${token}@`) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(` into ${uri} in `);
    expect(run.stdout + run.stderr).not.toContain("s3cret");
  });

  it("graphs kept apart: gb's load of two of ga's articles and gb's --reset leave ga's articles, entities and facts", async () => {
    const ga = `test-cli-ga-${token}`;
    const gb = `test-cli-gb-${token}`;
    const shared = prefixIds(corpusGraph, "ga-");
    const [gaFile, gbFile, emptyFile] = ["ga.json", "gb.json", "empty.json"].map((name) => join(dir, name)) as [string, string, string];
    await writeFile(gaFile, JSON.stringify(shared));
    await writeFile(
      gbFile,
      JSON.stringify(
        articleSubset(
          shared,
          shared.articles.slice(0, 2).map((a) => a.id),
        ),
      ),
    );
    await writeFile(emptyFile, JSON.stringify({ articles: [], entities: [], relations: [], mentions: [] }));
    const sizes = async () => {
      const counts = await countMarked(driver, ga);
      return { articles: counts.Article, entities: counts.Entity, facts: totalFacts(counts) };
    };
    try {
      expect(kg(["load", gaFile], { KG_LOADED_BY: ga }).code).toBe(0);
      const before = await sizes();
      expect(before).toEqual({ articles: 5, entities: 36, facts: 53 });

      const load = kg(["load", gbFile], { KG_LOADED_BY: gb });
      const progressBar = /^load \[/;
      expect(errorLines(load.stderr).filter((line) => !progressBar.test(line))).toEqual([
        expect.stringMatching(new RegExp(`^loader: article ".*" is held by graph "${ga}"`)),
      ]);
      expect(load.code).toBe(1);
      const reset = kg(["load", "--reset", emptyFile], { KG_LOADED_BY: gb });
      expect(reset.code).toBe(0);
      expect(await sizes()).toEqual(before);
    } finally {
      await resetGraph(driver, { loadedBy: gb });
      await resetGraph(driver, { loadedBy: ga });
    }
  });

  it("--reset deletes only its own graph before loading", async () => {
    const otherMark = `test-cli-other-${token}`;
    await loadGraph(driver, documentSource(fixtureGraph(`other-${token}:`)), { loadedBy: otherMark });
    const otherBefore = await countMarked(driver, otherMark);
    const replacement = fixtureGraph(`${prefix}fixture-`);
    const file = join(dir, "replacement.json");
    await writeFile(file, JSON.stringify(replacement));

    const run = kg(["load", file, "--reset"]);
    expect(run.code).toBe(0);
    // The corpus loaded by the tests above goes, the other graph stays.
    expect(run.stdout).toMatch(
      /load: reset: 0 nodes created, 0 relationships created, 0 properties set, 41 nodes deleted, 132 relationships deleted/,
    );
    const back = kg(["export", "--out", join(dir, "after-reset.json")]);
    expect(back.code).toBe(0);
    expect(canonicalGraph(JSON.parse(await readFile(join(dir, "after-reset.json"), "utf8")))).toEqual(canonicalGraph(replacement));
    expect(await countMarked(driver, otherMark)).toEqual(otherBefore);
    await resetGraph(driver, { loadedBy: otherMark });
  });

  it("--dry-run extracts and validates articles, needs no server and writes nothing", async () => {
    const fresh = `test-cli-dry-${token}`;
    const run = kg(["load", CORPUS, "--dry-run"], { KG_LOADED_BY: fresh, NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}` });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^load: dry run: 5 articles, 36 entities, 53 relations, 79 mentions are valid and would be loaded; nothing written$/m,
    );
    expect(await countMarked(driver, fresh)).toEqual({});
  });

  it("goes on past a bad article file and exits 1", async () => {
    const bad = join(dir, "bad.txt");
    await writeFile(bad, new Uint8Array([0xff, 0xfe, 0x41]));
    const run = kg(["load", join(CORPUS, "000_98da38464c2d73ea.txt"), bad, "--dry-run"]);
    expect(run.code).toBe(1);
    expect(errorLines(run.stderr)).toContain(`extract: ${bad}: not valid UTF-8 text`);
    expect(run.stdout).toMatch(/dry run: 1 articles/);
  });
});

describe("kg load / kg export faults", () => {
  it("rejects an invalid graph document with each error's path, writing nothing", async () => {
    const broken = fixtureGraph(`${prefix}broken-`) as unknown as {
      articles: Record<string, unknown>[];
      relations: Record<string, unknown>[];
    };
    (broken.relations[0] as Record<string, unknown>).target = "nobody";
    (broken.articles[1] as Record<string, unknown>).sha256 = "not-a-hash";
    ((broken.relations[1] as { evidence: Record<string, unknown>[] }).evidence[0] as Record<string, unknown>).end = -1;
    const file = join(dir, "broken.json");
    await writeFile(file, JSON.stringify(broken));
    const fresh = `test-cli-broken-${token}`;

    const run = kg(["load", file], { KG_LOADED_BY: fresh });
    expect(run.code).toBe(1);
    // Every problem, the shape's first: end -1 is both negative and not after start.
    expect(errorLines(run.stderr)).toEqual([
      `schema: ${file} is not a valid graph document:`,
      "  articles[1].sha256: expected a lowercase hex SHA-256",
      "  relations[1].evidence[0].end: Too small: expected number to be >=0",
      "  relations[1].evidence[0].end: end must be greater than start",
      '  relations[0].target: unknown entity "nobody"',
      "load: nothing written",
    ]);
    expect(await countMarked(driver, fresh)).toEqual({});
    const stray = await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n", { p: `${prefix}broken-` });
    expect(stray.records[0]?.get("n")).toBe(0);

    const notJson = join(dir, "not-json.json");
    await writeFile(notJson, "{ entities: ");
    const garbled = kg(["load", notJson], { KG_LOADED_BY: fresh });
    expect(garbled.code).toBe(1);
    expect(errorLines(garbled.stderr)[0]).toMatch(
      new RegExp(`^load: ${notJson.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: not valid JSON: `),
    );
  });

  it("says in one line how to start a server when none answers", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    for (const args of [
      ["load", graphFile],
      ["export", "--out", join(dir, "never.json")],
    ]) {
      const run = kg(args, { NEO4J_URI: uri });
      expect(run.code).toBe(1);
      expect(errorLines(run.stderr)).toEqual([
        `loader: no Neo4j server answers at ${uri}: start the local one with \`npm run neo4j:start\`, or set NEO4J_URI to a running server`,
      ]);
    }
    await expect(readFile(join(dir, "never.json"))).rejects.toThrow();
  });

  it("says in one line that the password is wrong, without printing it", () => {
    const password = `wrong-${token}`;
    const run = kg(["load", graphFile], { NEO4J_PASSWORD: password });
    expect(run.code).toBe(1);
    const lines = errorLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^loader: Neo4j at bolt:\/\/127\.0\.0\.1:7687 refused user "neo4j": wrong user or password/);
    expect(run.stderr + run.stdout).not.toContain(password);
  });
});
