// `kg serve --neo4j` against the real server: the explorer and its API over a graph loaded under this test's
// own mark (the sample corpus as in packages/loader/test/explore-api.neo4j.test.ts, which checks the answers
// themselves); the password never reaches the browser; bad invocations and an absent server exit 1.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { connect, documentSource, loadGraph, resetGraph } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import type { GraphDocument } from "@news-kg/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort } from "./helpers/closed-port.ts";
import { prefixIds } from "./helpers/prefix-ids.ts";
import { REPO_ROOT, runKg } from "./helpers/run-kg.ts";
import { startKgServe } from "./helpers/start-kg-serve.ts";

const SAMPLE = join(REPO_ROOT, "packages/loader/test/fixtures/sample-graph.json");
const token = randomBytes(4).toString("hex");
const loadedBy = `test-serve-${token}`;
const prefix = `serve-${token}:`;
let driver: Awaited<ReturnType<typeof connect>>;

beforeAll(async () => {
  driver = await connect(neo4jConnection());
  const sample = JSON.parse(await readFile(SAMPLE, "utf8")) as GraphDocument;
  await loadGraph(driver, documentSource(prefixIds(sample, prefix)), { loadedBy });
});
afterAll(async () => {
  await resetGraph(driver, { loadedBy });
  await driver.close();
});

describe("kg serve --neo4j", () => {
  it("serves the explorer and the API of the graph named by --graph, read-only, without /graph.json", async () => {
    const serve = await startKgServe(["--neo4j", "--graph", loadedBy, "--port", "0"]);
    const texts: string[] = [serve.stdout()];
    const get = async (path: string) => {
      const response = await fetch(new URL(path, serve.url));
      texts.push(await response.clone().text());
      return response;
    };
    try {
      expect(serve.stdout()).toContain(`Explorer for graph "${loadedBy}" in Neo4j at bolt://127.0.0.1:7687 at ${serve.url}`);
      expect(await (await get("/")).text()).toContain('<div id="app">');
      const overview = await get("/api/overview");
      expect(overview.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await overview.json()).toMatchObject({ mode: "neo4j", graph: loadedBy, counts: { entities: 36, relations: 50, articles: 5 } });
      const search = await (await get(`/api/search?q=${encodeURIComponent("Nguyễn OR *:*")}`)).json();
      expect(search).toEqual({ entities: [] });
      const lavrov = await (await get(`/api/neighbourhood?id=${encodeURIComponent(`${prefix}person:sergey-lavrov`)}&types=MET`)).json();
      expect(lavrov).toMatchObject({ total: 1, truncated: false, graph: { relations: [{ id: `${prefix}met:4f1f8df9a74fb793` }] } });
      expect((await get("/api/neighbourhood?id=nobody")).status).toBe(404);
      expect((await get("/api/neighbourhood")).status).toBe(400);
      expect((await get("/graph.json")).status).toBe(404);
      // What the browser sees and what is printed never holds the password.
      for (const text of texts) expect(text).not.toContain(neo4jConnection().password);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 120_000);

  it("says at once when the graph named holds nothing in the database", async () => {
    const serve = await startKgServe(["--neo4j", "--graph", `${loadedBy}-nothing`, "--port", "0"]);
    try {
      await expect
        .poll(() => serve.stderr(), { timeout: 60_000 })
        .toContain(
          `serve: graph "${loadedBy}-nothing" has no entities in this database: load one with \`kg load\`, or name another with --graph`,
        );
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  }, 120_000);

  it("refuses a document and --neo4j together, or neither, or --graph without --neo4j", () => {
    for (const args of [["serve", SAMPLE, "--neo4j"], ["serve"]]) {
      const { code, stderr } = runKg(args);
      expect(code).toBe(1);
      expect(stderr.trim()).toBe("serve: give either a graph document (kg serve out/graph.json) or --neo4j, not both");
    }
    const { code, stderr } = runKg(["serve", SAMPLE, "--graph", loadedBy]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe("serve: --database and --graph go with --neo4j");
  });

  it("exits 1 with one line when no Neo4j answers", async () => {
    const port = await closedPort();
    const { code, stderr, stdout } = runKg(["serve", "--neo4j", "--port", "0"], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe(
      `loader: no Neo4j server answers at bolt://127.0.0.1:${port}: start the local one with \`npm run neo4j:start\`, or set NEO4J_URI to a running server`,
    );
  }, 60_000);
});
