import { readFile, realpath } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Command, InvalidArgumentError } from "commander";
import { extractFiles, formatFailure, formatWarning, listInputFiles } from "@news-kg/extractor";
import {
  type ArticleSplit,
  type EntitiesDoc,
  type EvalReport,
  FIXTURES,
  formatReport,
  type GoldDoc,
  parseSplit,
  type ScoredGraph,
  scoreReport,
} from "@news-kg/eval";
import { errorLines } from "../error-lines.ts";
import { collectRepeated, parseLanguage } from "../option-parsers.ts";

/** The sample corpus bundled with the project. */
export const BUNDLED_CORPUS = fileURLToPath(new URL("../../../../corpus/", import.meta.url));

export interface EvalOptions {
  gold?: string;
  entities?: string;
  graph?: string;
  corpus?: string;
  /** Named subsets of articles scored apart (`--split name=pattern,...`). */
  split?: ArticleSplit[];
  /** Language of articles that neither declare one nor show one that can be detected. */
  lang?: string;
  /** Rules files laid over the language packs when extracting. */
  rules?: string[];
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
    .option(
      "--split <name=patterns>",
      "also score a named subset of articles apart, e.g. check=dev-35..dev-40,dev-en-1[0-2] (patterns: globs or numbered ranges over article ids without extension; repeatable; the articles of no split are reported as rest)",
      collectSplit,
      [],
    )
    .option("--lang <code>", "language of articles that neither declare one nor show one that can be detected (default: vi)", parseLanguage)
    .option("--rules <file>", "extra rules file laid over the language packs when extracting (repeatable)", collectRepeated, [])
    .option("--verbose", "list every missed and extra triple")
    .option("--json", "print the full result as JSON")
    .action(async (options: EvalOptions) => {
      try {
        const result = await runEval(options);
        console.log(options.json ? JSON.stringify(result, null, 2) : formatReport(result, { verbose: options.verbose }));
      } catch (error) {
        console.error(errorLines("eval", error));
        process.exitCode = 1;
      }
    });
}

function collectSplit(value: string, previous: ArticleSplit[]): ArticleSplit[] {
  try {
    return [...previous, parseSplit(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/**
 * Scores a graph file, or the extraction of a corpus (the bundled one by default), against the gold: every article,
 * each language (as the extractor recorded it) and each split.
 */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  if (options.graph && options.corpus) throw new Error("give either --graph or --corpus, not both");
  const goldPath = options.gold ?? FIXTURES.seedsGold;
  const gold = await readJson<GoldDoc>(goldPath);
  if (typeof gold?.articles !== "object" || gold.articles === null) throw new Error(`${goldPath}: not a gold file (no "articles")`);
  const entities = await readJson<EntitiesDoc>(options.entities ?? FIXTURES.entities);
  if (options.graph) return scoreReport(await readJson<ScoredGraph>(options.graph), gold, entities, { splits: options.split });
  const graph = await extractCorpus(options.corpus ?? BUNDLED_CORPUS, goldPath, options.lang, options.rules);
  return scoreReport(graph, gold, entities, { splits: options.split });
}

/** The gold file is no article: it is left out when it lies in the corpus (a set kept with its gold). */
async function extractCorpus(corpus: string, goldPath: string, lang?: string, rules?: string[]): Promise<ScoredGraph> {
  const gold = await realpath(goldPath);
  const files: string[] = [];
  for (const input of await listInputFiles([corpus])) {
    if (typeof input !== "string") console.error(formatFailure(input));
    else if ((await realpath(input)) !== gold) files.push(input);
  }
  const { document, failures, warnings } = await extractFiles(files, { lang, rulesPaths: rules });
  for (const warning of warnings) console.error(formatWarning(warning));
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
