// One measured run, in its own process so its peak RSS is its own: `run-once.ts <baseline|extract> <dir> [workers]`.
// Prints one JSON line: {seconds, articles, bytes, maxRssMB, entities, relations}.
import { extractFiles } from "../src/extract-files.ts";
import { listInputFiles } from "../src/read/list-input-files.ts";
import { readArticles } from "../src/read/read-articles.ts";
import { segmentSentences } from "../src/segment.ts";

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
      sentences += segmentSentences(item.text.normalize("NFC")).length;
    }
  }
  return { articles, sentences };
}

async function extract(directory: string, workerCount: number) {
  const { document, failures } = await extractFiles([directory], { workers: workerCount });
  const json = JSON.stringify(document);
  return { articles: document.articles.length, entities: document.entities.length, relations: document.relations.length, failures: failures.length, outputMB: json.length / 1e6 };
}

const started = performance.now();
const counts = mode === "baseline" ? await baseline(dir) : await extract(dir, Number(workers));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, ...counts, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
