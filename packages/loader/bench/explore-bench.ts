// bench:explore — the live explorer's API on a big graph: loads the seeded synthetic graph (default 100k
// entities, 500k relations, as bench:load) into Neo4j under its own mark, then times each API question as the
// server answers it (the handler `kg serve --neo4j` runs, without HTTP): search, the neighbourhood of the
// biggest hub and of an ordinary entity, a shortest path, a relation, the overview (counted afresh, as at
// server start, and then as the API keeps it). It prints the median and the slowest of --runs answers (after
// one untimed warm-up each) and the size of each answer.
// Then the page (apps/web/bench/explore-page.ts): the same actions in headless Chromium, in the live explorer on
// this graph and in the document explorer on a document of the same graph (--document-relations of its
// relations, plus every relation of the entities the actions visit: the whole graph's document is ~0.35 GB of
// JSON, more than the page, or this process, can hold), each timed from the action to the next frame, with
// the page's JS heap after them. Beside them, the floor in the same browser: "bare sigma: ms to frame" is a bare
// sigma page (apps/web/bench/bare/, as bench:web's) on a stage of the live page's size, timed the same way from
// changing its graph from the live page's node and edge counts before the action to those after it (the
// "live: drawn" column) to the next frame, the median of --runs pages: what drawing that much costs here with
// nothing of the explorer around it.
// Usage: npm run bench:explore [-- --entities N --relations N --articles N --runs N --keep --document-relations N --skip-page --skip-document]
// --skip-document times the live page only.
// --keep leaves the graph loaded (the next run skips the load); by default it is removed at the end.
import { parseArgs } from "node:util";
import { connect, exploreApi, exploreOverview, loadGraph, resetGraph, type ApiAnswer } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import type { Relation } from "@news-kg/schema";
import { explorePageBench, type BenchEntity } from "../../../apps/web/bench/explore-page.ts";
import { syntheticGraph } from "./synthetic-graph.ts";

const { values } = parseArgs({
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "500000" },
    articles: { type: "string", default: "20000" },
    runs: { type: "string", default: "7" },
    keep: { type: "boolean", default: false },
    "document-relations": { type: "string", default: "50000" },
    "skip-page": { type: "boolean", default: false },
    "skip-document": { type: "boolean", default: false },
  },
});
const number = (name: "entities" | "relations" | "articles" | "runs" | "document-relations") => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench:explore: --${name} must be a positive whole number`);
  return n;
};
const spec = {
  entities: number("entities"),
  relations: number("relations"),
  articles: number("articles"),
  mentionsPerArticle: 5,
  seed: 42,
  prefix: "bench-explore:",
};
const runs = number("runs");
const LOADED_BY = "news-kg-bench-explore";
/** The targets the issue sets for every action: its server time, and the time to the page's next frame. */
const TARGET_MS = 100;
const PAGE_TARGET_MS = 300;
const log = (message: string) => console.log(`bench:explore: ${message}`);

const connection = neo4jConnection();
const driver = await connect(connection);
const api = exploreApi({ driver, target: { loadedBy: LOADED_BY }, connection });
const graph = syntheticGraph(spec);

/** The graph under the bench's mark, loaded unless a previous run (--keep) left the same one. */
async function ensureLoaded(): Promise<void> {
  // Counted here, not through the API, which would keep (and later answer) the count from before the load.
  const overview = await exploreOverview(driver, { loadedBy: LOADED_BY });
  if (overview.counts.entities === spec.entities && overview.counts.relations === spec.relations) {
    log(`graph already loaded (${spec.entities} entities, ${spec.relations} relations)`);
    return;
  }
  await resetGraph(driver, { loadedBy: LOADED_BY });
  const started = performance.now();
  await loadGraph(driver, graph, { loadedBy: LOADED_BY, batchSize: 5000 });
  log(`loaded ${spec.entities} entities, ${spec.relations} relations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The nth generated entity (the streams are seeded: the same every run). */
function entity(n: number) {
  let i = 0;
  for (const e of graph.entities()) if (i++ === n) return e;
  throw new Error(`bench:explore: no entity ${n}`);
}

interface Timing {
  name: string;
  median: number;
  slowest: number;
  bytes: number;
  note: string;
}

async function time(
  name: string,
  path: string,
  params: Record<string, string>,
  note: (body: Record<string, unknown>) => string,
): Promise<Timing> {
  const query = new URLSearchParams(params);
  return timeAnswers(name, () => api(path, query), note);
}

async function timeAnswers(name: string, ask: () => Promise<ApiAnswer>, note: (body: Record<string, unknown>) => string): Promise<Timing> {
  const first = await ask();
  if (first.status !== 200) throw new Error(`bench:explore: ${name} answered ${first.status}: ${JSON.stringify(first.body)}`);
  const ms: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await ask();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return {
    name,
    median: ms[Math.floor(ms.length / 2)]!,
    slowest: ms.at(-1)!,
    bytes: JSON.stringify(first.body).length,
    note: note(first.body as Record<string, unknown>),
  };
}

/**
 * The document the document explorer opens: the first `size` relations of the graph, every relation of
 * `visited`, and their entities and articles.
 */
function documentOf(size: number, visited: ReadonlySet<string>): { json: string; relations: number; entities: number } {
  const relations: Relation[] = [];
  let i = 0;
  for (const relation of graph.relations()) {
    if (i++ < size || visited.has(relation.source) || visited.has(relation.target)) relations.push(relation);
  }
  const entityIds = new Set(visited);
  const articleIds = new Set<string>();
  for (const relation of relations) {
    entityIds.add(relation.source).add(relation.target);
    for (const evidence of relation.evidence) articleIds.add(evidence.articleId);
  }
  const entities = [...graph.entities()].filter((entity) => entityIds.has(entity.id));
  const articles = [...graph.articles()].filter((article) => articleIds.has(article.id));
  return { json: JSON.stringify({ articles, entities, relations }), relations: relations.length, entities: entities.length };
}

/** The hub's most evidenced neighbour (its API answer's first relation) other than `not`. */
async function neighbourOf(hub: BenchEntity, not: string): Promise<BenchEntity> {
  const body = (await api("/api/neighbourhood", new URLSearchParams({ id: hub.id }))).body as {
    graph: { relations: Relation[]; entities: BenchEntity[] };
  };
  const other = body.graph.relations.map((r) => (r.source === hub.id ? r.target : r.source)).find((id) => id !== not && id !== hub.id);
  const found = body.graph.entities.find((entity) => entity.id === other);
  if (!found) throw new Error("bench:explore: the hub has no neighbour to expand");
  return { id: found.id, name: found.name };
}

async function pageBench(hub: BenchEntity, ordinary: BenchEntity): Promise<void> {
  const neighbour = await neighbourOf(hub, ordinary.id);
  const document = values["skip-document"]
    ? undefined
    : documentOf(number("document-relations"), new Set([hub.id, ordinary.id, neighbour.id]));
  if (document) {
    log(
      `page: document of ${document.relations} relations, ${document.entities} entities, ${(document.json.length / 1e6).toFixed(1)} MB of JSON`,
    );
  }
  const { timings, heap } = await explorePageBench({ api, documentJson: document?.json, hub, ordinary, neighbour, runs }, log);
  const ms = (value: number | string | undefined) => (typeof value === "number" ? value.toFixed(0) : (value ?? ""));
  const rows = [
    [
      "action",
      "live: drawn (nodes/edges)",
      "live: server ms",
      "live: page ms to frame",
      "bare sigma: ms to frame",
      "document: page ms to frame",
    ],
    ...timings.map((t) => [
      t.action,
      t.drawn ? `${t.drawn.before.nodes}/${t.drawn.before.edges} → ${t.drawn.after.nodes}/${t.drawn.after.edges}` : "",
      ms(t.server),
      ms(t.live),
      ms(t.bare),
      ms(t.document),
    ]),
    ["JS heap after the actions (MiB)", "", "", (heap.live / 2 ** 20).toFixed(1), "", (heap.document / 2 ** 20).toFixed(1)],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  log(
    `page: live explorer on ${spec.relations} relations vs document explorer on ${document?.relations ?? "none"} of them; headless Chromium, SwiftShader (target: ${PAGE_TARGET_MS} ms to the next frame)`,
  );
  for (const row of rows) log(`  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`);
}

try {
  await ensureLoaded();
  const hub = entity(0);
  const ordinary = entity(Math.floor(spec.entities * 0.6));
  const other = entity(Math.floor(spec.entities * 0.9));
  const relations = (body: Record<string, unknown>) =>
    `${(body.graph as { relations: unknown[] }).relations.length} relations of ${body.total}`;
  const timings = [
    await timeAnswers(
      "overview, counted",
      async () => ({ status: 200, body: await exploreOverview(driver, { loadedBy: LOADED_BY }) }),
      (body) => `${(body.histogram as unknown[]).length} months (read at server start, then kept)`,
    ),
    await time("overview, as kept", "/api/overview", {}, () => ""),
    await time(`search "${ordinary.name}"`, "/api/search", { q: ordinary.name }, (body) => `${(body.entities as unknown[]).length} hits`),
    await time(
      `search "${ordinary.name.slice(0, 3)}" (prefix)`,
      "/api/search",
      { q: ordinary.name.slice(0, 3) },
      (body) => `${(body.entities as unknown[]).length} hits`,
    ),
    await time("neighbourhood of the hub", "/api/neighbourhood", { id: hub.id }, relations),
    await time(
      "neighbourhood of the hub, MET in 2023",
      "/api/neighbourhood",
      { id: hub.id, types: "MET", from: "2023", to: "2023" },
      relations,
    ),
    await time("neighbourhood of an ordinary entity", "/api/neighbourhood", { id: ordinary.id }, relations),
    await time("2 hops of an ordinary entity", "/api/neighbourhood", { id: ordinary.id, hops: "2" }, relations),
    await time("shortest paths", "/api/path", { from: ordinary.id, to: other.id }, (body) => `${(body.paths as unknown[]).length} paths`),
    await time("relation", "/api/relation", { id: `${spec.prefix}r${Math.floor(spec.relations / 2)}` }, () => ""),
  ];
  log(`${spec.entities} entities, ${spec.relations} relations; server time of ${runs} runs after a warm-up (target: ${TARGET_MS} ms)`);
  for (const t of timings) {
    const verdict = t.median <= TARGET_MS ? "" : "  OVER TARGET";
    log(
      `  ${t.name.padEnd(44)} median ${t.median.toFixed(0).padStart(5)} ms, slowest ${t.slowest.toFixed(0).padStart(5)} ms, ${(t.bytes / 1024).toFixed(0).padStart(5)} KiB  ${t.note}${verdict}`,
    );
  }
  if (!values["skip-page"]) await pageBench(hub, ordinary);
} finally {
  if (!values.keep) await resetGraph(driver, { loadedBy: LOADED_BY });
  await driver.close();
}
