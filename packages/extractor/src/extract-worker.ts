// Worker thread of the extraction pool: loads the lexicon once, then extracts one article per message.
import { parentPort, workerData } from "node:worker_threads";
import { loadLexicon } from "./lexicon/load-lexicon.ts";
import { extractArticle } from "./pipeline.ts";
import type { SourceArticle } from "./types.ts";

const port = parentPort!;
try {
  const lexicon = loadLexicon((workerData as { lexiconPaths: string[] }).lexiconPaths);
  port.on("message", ({ id, source }: { id: number; source: SourceArticle }) => {
    try {
      port.postMessage({ id, extraction: extractArticle(source, lexicon) });
    } catch (error) {
      port.postMessage({ id, error: (error as Error).message ?? String(error) });
    }
  });
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ fatal: (error as Error).message ?? String(error) });
}
