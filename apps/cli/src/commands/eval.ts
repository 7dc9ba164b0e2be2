import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { extractFiles, formatFailure } from "@news-kg/extractor";
import { FIXTURES, formatScore, score, type EntitiesDoc, type GoldDoc, type ScoreResult, type ScoredGraph } from "@news-kg/eval";

/** The sample corpus bundled with the project. */
export const BUNDLED_CORPUS = fileURLToPath(new URL("../../../../corpus/", import.meta.url));

export interface EvalOptions {
  gold?: string;
  entities?: string;
  graph?: string;
  corpus?: string;
  /** Language of articles that do not say (default `vi`). */
  lang?: string;
  verbose?: boolean;
  json?: boolean;
}

/** `kg eval`: precision, recall and F1 of extraction against gold triples, as the reference scorer counts them. */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("Score extraction against gold triples: P/R/F1 per relation type, events only, status accuracy, micro-averaged.")
    .option("--gold <file>", "gold triples (default: the bundled seeds gold)")
    .option("--entities <file>", "canonical entities and aliases (default: the bundled entities)")
    .option("--graph <file>", "score this graph document instead of extracting")
    .option("--corpus <dir>", "extract this corpus in memory and score it (default: the bundled corpus/)")
    .option("--lang <code>", "language of articles that do not say", "vi")
    .option("--verbose", "list every missed and extra triple")
    .option("--json", "print the full result as JSON")
    .action(async (options: EvalOptions) => {
      try {
        const result = await runEval(options);
        console.log(options.json ? JSON.stringify(result, null, 2) : formatScore(result, { verbose: options.verbose }));
      } catch (error) {
        console.error(`eval: ${(error as Error).message}`);
        process.exitCode = 1;
      }
    });
}

/** Scores a graph file, or the extraction of a corpus (the bundled one by default), against the gold. */
export async function runEval(options: EvalOptions): Promise<ScoreResult> {
  if (options.graph && options.corpus) throw new Error("give either --graph or --corpus, not both");
  const goldPath = options.gold ?? FIXTURES.seedsGold;
  const gold = await readJson<GoldDoc>(goldPath);
  if (typeof gold?.articles !== "object" || gold.articles === null) throw new Error(`${goldPath}: not a gold file (no "articles")`);
  const entities = await readJson<EntitiesDoc>(options.entities ?? FIXTURES.entities);
  const graph = options.graph
    ? await readJson<ScoredGraph>(options.graph)
    : await extractCorpus(options.corpus ?? BUNDLED_CORPUS, options.lang);
  return score(graph, gold, entities);
}

async function extractCorpus(corpus: string, lang?: string): Promise<ScoredGraph> {
  const { document, failures } = await extractFiles([corpus], { lang });
  for (const failure of failures) console.error(formatFailure(failure));
  return document;
}

async function readJson<T>(path: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path} is not JSON: ${(error as Error).message}`);
  }
}
