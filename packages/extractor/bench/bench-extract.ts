// `npm run bench:extract`: extraction throughput and memory on synthetic corpora of 1, 10 and 50 MB,
// single-threaded and with 2 workers, against a baseline (read + NFC + sentence split) measured in the same run.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus, loadParagraphs } from "./build-corpus.ts";

const SIZES_MB = (process.env.BENCH_SIZES_MB ?? "1,10,50").split(",").map(Number);
const CORPUS = fileURLToPath(new URL("../../../corpus/", import.meta.url));
const RUNNER = fileURLToPath(new URL("./run-once.ts", import.meta.url));

interface RunResult {
  seconds: number;
  articles: number;
  maxRssMB: number;
  relations?: number;
  failures?: number;
}

function runChild(args: string[]): RunResult {
  const out = execFileSync(process.execPath, [...process.execArgv, RUNNER, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as RunResult;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

const paragraphs = await loadParagraphs(CORPUS);
const root = await mkdtemp(join(tmpdir(), "kg-bench-"));
// Figures are only comparable on a quiet machine: say how busy it was.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
console.log(`bench:extract — ${paragraphs.length} sample paragraphs recombined, names varied; corpora under ${root}`);
console.log(`cores ${availableParallelism()}, load average at start ${load()}`);
console.log("size MB  run          seconds     MB/s  MB/s/core  articles/s  peak RSS MB  vs baseline  relations");
const perMB: Record<string, number[]> = {};
try {
  for (const [i, sizeMB] of SIZES_MB.entries()) {
    const corpus = await buildCorpus(join(root, `${sizeMB}mb`), sizeMB * 1_000_000, paragraphs, 1000 + i);
    const mb = corpus.bytes / 1_000_000;
    const baseline = runChild(["baseline", corpus.dir]);
    const runs: [string, RunResult, number][] = [
      ["baseline", baseline, 1],
      ["extract", runChild(["extract", corpus.dir, "1"]), 1],
      ["extract -w2", runChild(["extract", corpus.dir, "2"]), 2],
    ];
    for (const [name, r, cores] of runs) {
      (perMB[name] ??= []).push(r.seconds / mb);
      const ratio = name === "baseline" ? "" : `${(r.seconds / baseline.seconds).toFixed(1)}x slower`;
      const failed = r.failures ? ` (${r.failures} failed)` : "";
      console.log(
        `${fmt(mb)}  ${name.padEnd(11)} ${fmt(r.seconds, 2)} ${fmt(mb / r.seconds)}   ${fmt(mb / r.seconds / cores)} ${fmt(r.articles / r.seconds, 0)}    ${fmt(r.maxRssMB, 0)}     ${ratio.padStart(12)}  ${r.relations ?? ""}${failed}`,
      );
    }
    await rm(corpus.dir, { recursive: true, force: true });
  }
  console.log("\nlinearity (seconds per MB at each size; flat means linear):");
  for (const [name, values] of Object.entries(perMB)) console.log(`  ${name.padEnd(11)} ${values.map((v) => v.toFixed(3)).join("  ")}`);
  console.log(`load average at end ${load()}`);
} finally {
  await rm(root, { recursive: true, force: true });
}
