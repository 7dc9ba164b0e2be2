// One measured run, in its own process so its peak RSS is its own: `run-once.ts <baseline|extract> <dir> [workers]`.
// Prints one JSON line: {seconds, cpuSeconds, articles, maxRssMB, entities, relations, failures}.
import { join } from "node:path";
import { extractFiles } from "../src/extract-files.ts";
import { listInputFiles } from "../src/read/list-input-files.ts";
import { readArticles } from "../src/read/read-articles.ts";
import { segmentSentences } from "../src/segment.ts";
import { writeGraphDocument } from "../src/write-graph-document.ts";
import { NO_LANGUAGE } from "../src/lang/no-language.ts";
import { packFor } from "../src/lang/pack-for.ts";
import { DEFAULT_LANGUAGE } from "../src/read/article-language.ts";

const [mode, dir, workers = "1"] = process.argv.slice(2);
if (!dir || (mode !== "baseline" && mode !== "extract")) {
  console.error("usage: run-once.ts <baseline|extract> <dir> [workers]");
  process.exit(2);
}

/** The floor any extractor pays: read every file, NFC-normalize, split into sentences. */
async function baseline(directory: string) {
  let articles = 0;
  let sentences = 0;
  for (const file of await listInputFiles([directory])) {
    if (typeof file !== "string") continue;
    for await (const item of readArticles(file)) {
      if (!("text" in item)) continue;
      articles++;
      sentences += segmentSentences(
        item.text.normalize("NFC"),
        (packFor(item.lang ?? DEFAULT_LANGUAGE) ?? NO_LANGUAGE).abbreviations,
      ).length;
    }
  }
  return { articles, sentences };
}

/** What `kg extract` does: extract, merge, validate, write the graph (next to the corpus). */
async function extract(directory: string, workerCount: number) {
  const { document, failures } = await extractFiles([directory], { workers: workerCount });
  await writeGraphDocument(join(directory, "..", `graph-${workerCount}.json`), document);
  return {
    articles: document.articles.length,
    entities: document.entities.length,
    relations: document.relations.length,
    failures: failures.length,
  };
}

const started = performance.now();
const cpuStarted = process.cpuUsage();
const counts = mode === "baseline" ? await baseline(dir) : await extract(dir, Number(workers));
const seconds = (performance.now() - started) / 1000;
// CPU time (user + system, every thread of the process): on a shared machine it says what wall time cannot.
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ seconds, cpuSeconds, ...counts, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
