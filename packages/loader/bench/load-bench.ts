// bench:load — loads a seeded synthetic graph (default 100k entities, 500k relations) into the local Neo4j
// with the loader, streamed, then the same data with LOAD CSV ... IN TRANSACTIONS into the emptied database,
// and prints rows/s for both, their ratio, the times at 10k / 100k / 500k relations and the loader's peak RSS.
// Usage: npm run bench:load [-- --entities N --relations N --articles N --batch-size N --seed N --runs N --warmup N]
// With --runs N both run N times, alternately, and the fastest run of each is compared (a shared machine is noisy).
// First, untimed, both load a small graph of --warmup relations (default 50000, 0 for none) with the same
// statements: a freshly started server compiles its query plans and JIT-compiles their code during the
// first load it sees, which would otherwise slow down whichever side goes first (the loader).
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { connect, loadGraph, resetGraph } from "@news-kg/loader";
import { startLocalNeo4j } from "@news-kg/neo4j-local";
import { importCsv, writeCsvFiles, type CsvFiles } from "./csv-baseline.ts";
import { serverImportDir } from "./import-dir.ts";
import { syntheticGraph } from "./synthetic-graph.ts";

const { values } = parseArgs({
  options: {
    entities: { type: "string", default: "100000" },
    relations: { type: "string", default: "500000" },
    articles: { type: "string", default: "20000" },
    "mentions-per-article": { type: "string", default: "5" },
    "batch-size": { type: "string", default: "5000" },
    seed: { type: "string", default: "42" },
    runs: { type: "string", default: "1" },
    warmup: { type: "string", default: "50000" },
  },
});
const number = (name: keyof typeof values, min = 1) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`bench:load: --${name} must be a ${min === 0 ? "" : "positive "}whole number`);
  return n;
};
const spec = {
  entities: number("entities"),
  relations: number("relations"),
  articles: number("articles"),
  mentionsPerArticle: number("mentions-per-article"),
  seed: number("seed"),
  prefix: "bench:",
};
const batchSize = number("batch-size");
const runs = number("runs");
const warmupRelations = Math.min(number("warmup", 0), spec.relations);
const MILESTONES = [10_000, 100_000, 500_000].filter((m) => m <= spec.relations);
const LOADED_BY = "news-kg-bench";

const graph = syntheticGraph(spec);
/** The same kind of graph, scaled down, with other ids and another seed. */
const scale = warmupRelations / spec.relations;
const warmupGraph = syntheticGraph({
  ...spec,
  entities: Math.max(2, Math.round(spec.entities * scale)),
  relations: warmupRelations,
  articles: Math.max(1, Math.round(spec.articles * scale)),
  seed: spec.seed + 1,
  prefix: "bench-warmup:",
});
const rows = graph.sizes.articles + graph.sizes.entities + graph.sizes.relations + graph.sizes.mentions;
const seconds = (ms: number) => (ms / 1000).toFixed(1) + " s";
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const log = (message: string) => console.log(`bench:load: ${message}`);

interface Run {
  ms: number;
  /** Time since the start when each relation milestone was reached. */
  at: Map<number, number>;
}

/** Both sides load the small graph once, untimed, into the emptied graph. */
async function warmUp(): Promise<void> {
  const started = performance.now();
  await resetGraph(driver, { loadedBy: LOADED_BY });
  await loadGraph(driver, warmupGraph, { loadedBy: LOADED_BY, batchSize });
  await resetGraph(driver, { loadedBy: LOADED_BY });
  const files = await writeCsvFiles(warmupGraph, join(csvDir, "warmup"), [warmupGraph.sizes.relations]);
  await importCsv(driver, files, { importDir, loadedBy: LOADED_BY, batchSize, onSegment: () => {} });
  log(`warm-up: ${warmupGraph.sizes.relations} relations loaded by each, in ${seconds(performance.now() - started)} (not timed)`);
}

/** The loader, streaming the generated records into the emptied graph. */
async function runLoader(): Promise<Run> {
  await resetGraph(driver, { loadedBy: LOADED_BY });
  let [peakRss, peakHeap] = [0, 0];
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    [peakRss, peakHeap] = [Math.max(peakRss, rss), Math.max(peakHeap, heapUsed)];
  }, 200);
  const at = new Map<number, number>();
  const phases = new Map<string, number>();
  const started = performance.now();
  let [phaseStarted, lastEvent] = [started, started];
  let currentPhase = "";
  const summary = await loadGraph(driver, graph, {
    loadedBy: LOADED_BY,
    batchSize,
    onProgress: ({ phase, phaseDone }) => {
      // A phase runs from the previous phase's last batch to its own last batch.
      if (phase !== currentPhase) [currentPhase, phaseStarted] = [phase, lastEvent];
      lastEvent = performance.now();
      phases.set(phase, lastEvent - phaseStarted);
      if (phase !== "relations") return;
      for (const m of MILESTONES) if (phaseDone >= m && !at.has(m)) at.set(m, performance.now() - started);
    },
  });
  clearInterval(sampler);
  log(
    `loader: ${seconds(summary.elapsedMs)} (${[...phases].map(([phase, ms]) => `${phase} ${seconds(ms)}`).join(", ")}), ` +
      `${summary.transactions} transactions, peak RSS ${mib(peakRss)} (JS heap ${mib(peakHeap)})`,
  );
  return { ms: summary.elapsedMs, at };
}

/** LOAD CSV ... IN TRANSACTIONS of the same records into the emptied graph. */
async function runCsv(files: CsvFiles): Promise<Run> {
  await resetGraph(driver, { loadedBy: LOADED_BY });
  const at = new Map<number, number>();
  const ms = await importCsv(driver, files, {
    importDir,
    loadedBy: LOADED_BY,
    batchSize,
    onSegment: (upTo, elapsed) => at.set(upTo, elapsed),
  });
  log(`LOAD CSV: ${seconds(ms)}`);
  return { ms, at };
}

const fastest = (runs: Run[]) => runs.reduce((best, run) => (run.ms < best.ms ? run : best));

const credentials = await startLocalNeo4j();
const driver = await connect({ uri: credentials.uri, user: credentials.user, password: credentials.password });
const importDir = await serverImportDir(driver);
const csvDir = join(importDir, "news-kg-bench");
try {
  log(
    `${graph.sizes.entities} entities, ${graph.sizes.relations} relations, ${graph.sizes.articles} articles, ${graph.sizes.mentions} mentions (${rows} rows), batch size ${batchSize}, ${runs} run(s) each`,
  );
  const writeStarted = performance.now();
  const files = await writeCsvFiles(graph, csvDir, MILESTONES);
  log(`CSV files written to ${csvDir} in ${seconds(performance.now() - writeStarted)} (not timed)`);
  if (warmupRelations > 0) await warmUp();
  const loaderRuns: Run[] = [];
  const csvRuns: Run[] = [];
  // Alternating, so that a busy spell of the machine does not favour one side.
  for (let i = 0; i < runs; i++) {
    loaderRuns.push(await runLoader());
    csvRuns.push(await runCsv(files));
  }
  const [loader, csv] = [fastest(loaderRuns), fastest(csvRuns)];

  const rate = (ms: number) => Math.round(rows / (ms / 1000));
  console.log("");
  console.log(`${runs > 1 ? `best of ${runs}` : ""}`.padEnd(22) + "loader        LOAD CSV");
  console.log(`rows/s            ${String(rate(loader.ms)).padStart(10)}  ${String(rate(csv.ms)).padStart(10)}`);
  for (const m of MILESTONES) {
    const [a, b] = [loader.at.get(m), csv.at.get(m)];
    console.log(`at ${String(m).padStart(6)} relations ${(a ? seconds(a) : "-").padStart(8)}  ${(b ? seconds(b) : "-").padStart(10)}`);
  }
  console.log(`total             ${seconds(loader.ms).padStart(10)}  ${seconds(csv.ms).padStart(10)}`);
  console.log(`ratio loader / LOAD CSV (rows/s): ${(csv.ms / loader.ms).toFixed(2)}x`);
} finally {
  await resetGraph(driver, { loadedBy: LOADED_BY });
  await rm(csvDir, { recursive: true, force: true });
  await driver.close();
}
