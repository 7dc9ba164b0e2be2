// Worker thread of the extraction pool: loads the lexicon and extends the packs once, then extracts one article per message.
import { parentPort, workerData } from "node:worker_threads";
import type { WorkerSetup } from "./extract-pool.ts";
import { packsWithRules } from "./lang/packs-with-rules.ts";
import { loadLexicon } from "./lexicon/load-lexicon.ts";
import { extractArticle } from "./pipeline.ts";
import type { SourceArticle } from "./types.ts";

const port = parentPort!;
try {
  const setup = workerData as WorkerSetup;
  const lexicon = loadLexicon(setup.lexiconPaths);
  const packs = packsWithRules(setup.rules);
  port.on("message", ({ id, source }: { id: number; source: SourceArticle }) => {
    try {
      port.postMessage({ id, extraction: extractArticle(source, lexicon, packs) });
    } catch (error) {
      port.postMessage({ id, error: (error as Error).message ?? String(error) });
    }
  });
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ fatal: (error as Error).message ?? String(error) });
}
