// `npm run bench:extract`: extraction throughput and memory on synthetic corpora of 1, 10 and 50 MB in each
// language (Vietnamese recombined from the sample corpus, English from invented news in english-news.md),
// single-threaded and with 2 workers, against a baseline (read + NFC + sentence split) measured in the same run
// on the same corpus. BENCH_SIZES_MB=1, BENCH_LANGS=en and BENCH_WORKERS=1 (single-threaded only) narrow it.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus, loadMaterial, type CorpusMaterial } from "./build-corpus.ts";

const SIZES_MB = (process.env.BENCH_SIZES_MB ?? "1,10,50").split(",").map(Number);
/** Where each language's material comes from, and the seed its corpora start from. */
const SOURCES: Record<string, { path: string; lang?: string; seed: number }> = {
  // The Vietnamese articles say nothing of their language (like the sample corpus): it is detected.
  vi: { path: fileURLToPath(new URL("../../../corpus/", import.meta.url)), seed: 1000 },
  en: { path: fileURLToPath(new URL("./english-news.md", import.meta.url)), lang: "en", seed: 2000 },
};
const LANGS = (process.env.BENCH_LANGS ?? "vi,en").split(",").map((l) => l.trim());
/** The worker counts extraction is timed with. */
const WORKERS = (process.env.BENCH_WORKERS ?? "1,2").split(",").map(Number);
for (const lang of LANGS) if (!SOURCES[lang]) throw new Error(`bench:extract: no material for language "${lang}"`);
const RUNNER = fileURLToPath(new URL("./run-once.ts", import.meta.url));

interface RunResult {
  seconds: number;
  cpuSeconds: number;
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

const materials: [string, CorpusMaterial, number][] = [];
for (const lang of LANGS) {
  const { path, lang: declared, seed } = SOURCES[lang]!;
  materials.push([lang, await loadMaterial(path, declared), seed]);
}
const root = await mkdtemp(join(tmpdir(), "kg-bench-"));
// Figures are only comparable on a quiet machine: say how busy it was.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
const described = materials.map(
  ([lang, m]) => `${lang}: ${m.paragraphs.length} paragraphs${m.titles.length ? `, ${m.titles.length} titles` : ""}`,
);
console.log(`bench:extract — paragraphs recombined, names varied (${described.join("; ")}); corpora under ${root}`);
console.log(`cores ${availableParallelism()}, load average at start ${load()}`);
console.log(
  "lang  size MB  run          seconds     MB/s  MB/s/core  CPU s  MB/CPU s  articles/s  peak RSS MB  vs baseline  CPU vs baseline  relations",
);
const perMB: Record<string, number[]> = {};
try {
  for (const [i, sizeMB] of SIZES_MB.entries()) {
    for (const [lang, material, seed] of materials) {
      const corpus = await buildCorpus(join(root, `${lang}-${sizeMB}mb`), sizeMB * 1_000_000, material, seed + i);
      const mb = corpus.bytes / 1_000_000;
      const baseline = runChild(["baseline", corpus.dir]);
      const runs: [string, RunResult, number][] = [
        ["baseline", baseline, 1],
        ...WORKERS.map((n): [string, RunResult, number] => [
          n === 1 ? "extract" : `extract -w${n}`,
          runChild(["extract", corpus.dir, String(n)]),
          n,
        ]),
      ];
      for (const [name, r, cores] of runs) {
        (perMB[`${lang} ${name}`] ??= []).push(r.seconds / mb);
        const ratio = name === "baseline" ? "" : `${(r.seconds / baseline.seconds).toFixed(1)}x slower`;
        const cpuRatio = name === "baseline" ? "" : `${(r.cpuSeconds / baseline.cpuSeconds).toFixed(1)}x`;
        const failed = r.failures ? ` (${r.failures} failed)` : "";
        console.log(
          `${lang.padEnd(4)}${fmt(mb)}  ${name.padEnd(11)} ${fmt(r.seconds, 2)} ${fmt(mb / r.seconds)}   ${fmt(mb / r.seconds / cores)} ${fmt(r.cpuSeconds, 1)}  ${fmt(mb / r.cpuSeconds)} ${fmt(r.articles / r.seconds, 0)}    ${fmt(r.maxRssMB, 0)}     ${ratio.padStart(12)}  ${cpuRatio.padStart(15)}  ${r.relations ?? ""}${failed}`,
        );
      }
      await rm(corpus.dir, { recursive: true, force: true });
    }
  }
  console.log("\nlinearity (seconds per MB at each size; flat means linear):");
  for (const [name, values] of Object.entries(perMB)) console.log(`  ${name.padEnd(14)} ${values.map((v) => v.toFixed(3)).join("  ")}`);
  console.log(`load average at end ${load()}`);
} finally {
  await rm(root, { recursive: true, force: true });
}
