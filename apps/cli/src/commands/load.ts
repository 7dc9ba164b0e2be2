import type { Command } from "commander";
import { extractFiles, formatFailure, formatWarning, isGraphDocumentFile, type ExtractFailure } from "@news-kg/extractor";
import {
  connect,
  displayUri,
  documentSizes,
  documentSource,
  loadGraph,
  loadWorkSize,
  resetGraph,
  DEFAULT_BATCH_SIZE,
  type LoadSummary,
  type ResetCounts,
  type WriteCounts,
} from "@news-kg/loader";
import { GraphDocumentError, type GraphDocument } from "@news-kg/schema";
import { exitNeo4jCommand, neo4jFailureMessage } from "../neo4j-failure.ts";
import { neo4jTarget } from "../neo4j-target.ts";
import { errorLines } from "../error-lines.ts";
import { collectRepeated, parseLanguage, parseWorkers, wholeNumberOption } from "../option-parsers.ts";
import { ProgressBar } from "../progress-bar.ts";
import { readGraphFile } from "../read-graph-file.ts";

export interface LoadCommandOptions {
  batchSize: number;
  database?: string;
  reset: boolean;
  dryRun: boolean;
  lexicon: string[];
  rules: string[];
  lang?: string;
  workers: number;
}

const parseBatchSize = wholeNumberOption("rows", 1, 100_000);

/** `kg load <graph.json | articles...>`: loads a graph document (extracting articles first) into Neo4j. */
export function registerLoad(program: Command): void {
  program
    .command("load")
    .description(
      "Load a graph document, or articles (extracted first), into Neo4j. Idempotent: reloading changed articles replaces their evidence. " +
        "Connection from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (default: the local server of `npm run neo4j:start`); " +
        "KG_LOADED_BY names the graph (default news-kg).",
    )
    .argument("<paths...>", "a graph document (.json with entities/relations), or article files / directories")
    .option("--batch-size <n>", "rows per transaction", parseBatchSize, DEFAULT_BATCH_SIZE)
    .option("--database <name>", "Neo4j database (default: NEO4J_DATABASE or the server's default)")
    .option("--reset", "first delete everything this tool loaded before (and nothing else)", false)
    .option("--dry-run", "validate and report what would be loaded, without connecting or writing", false)
    .option("--lexicon <file>", "extra lexicon file when extracting articles (repeatable)", collectRepeated, [])
    .option(
      "--rules <file>",
      "extra rules file (relation cues, office titles, modality words) when extracting articles (repeatable)",
      collectRepeated,
      [],
    )
    .option("--lang <code>", "language of articles whose language is neither declared nor detected (default: vi)", parseLanguage)
    .option("--workers <n>", "worker threads when extracting articles", parseWorkers, 1)
    .action(async (paths: string[], options: LoadCommandOptions) => {
      exitNeo4jCommand(await runLoad(paths, options));
    });
}

/** Runs the command; returns the exit code (1 when anything failed, even if the rest was loaded). */
export async function runLoad(paths: string[], options: LoadCommandOptions): Promise<number> {
  const input = await readInput(paths, options);
  if (!input) return 1;
  const { document, failures } = input;
  for (const failure of failures) console.error(formatFailure(failure));
  const exitCode = failures.length ? 1 : 0;
  const sizes = documentSizes(document);
  const what = `${sizes.articles} articles, ${sizes.entities} entities, ${sizes.relations} relations, ${sizes.mentions} mentions`;
  if (options.dryRun) {
    console.log(`load: dry run: ${what} are valid and would be loaded${options.reset ? " after a reset" : ""}; nothing written`);
    return exitCode;
  }

  const { connection, target } = neo4jTarget(options.database);
  const progress = new ProgressBar("load [{bar}] {value}/{total} rows | {duration_formatted}");
  try {
    const driver = await connect(connection);
    try {
      if (options.reset) console.log(`load: reset: ${formatReset(await resetGraph(driver, target))}`);
      const summary = await loadGraph(driver, documentSource(document), {
        ...target,
        batchSize: options.batchSize,
        onProgress: ({ done }) => progress.update(done, loadWorkSize(sizes)),
      });
      progress.stop();
      console.log(formatSummary(summary, what, connection.uri));
    } finally {
      await driver.close();
    }
  } catch (error) {
    progress.stop();
    console.error(neo4jFailureMessage(error, connection, "load"));
    return 1;
  }
  return exitCode;
}

/** The graph document to load (read, or extracted from articles), or undefined after printing why not. */
async function readInput(
  paths: string[],
  options: LoadCommandOptions,
): Promise<{ document: GraphDocument; failures: ExtractFailure[] } | undefined> {
  const graphs = paths.length > 1 ? paths.filter(isGraphDocumentFile) : [];
  if (graphs.length > 0) {
    console.error(`load: ${graphs.join(", ")}: one graph document is loaded at a time, on its own (not with other files); nothing written`);
    return undefined;
  }
  try {
    const graph = paths.length === 1 ? await readGraphFile(paths[0] as string) : undefined;
    if (graph) return { document: graph, failures: [] };
  } catch (error) {
    // A GraphDocumentError lists each problem on its own line, with its path.
    console.error(error instanceof GraphDocumentError ? error.message : `load: ${(error as Error).message}`);
    console.error("load: nothing written");
    return undefined;
  }
  const progress = new ProgressBar("extract [{bar}] {value}/{total} files | {duration_formatted}");
  try {
    const result = await extractFiles(paths, {
      lexiconPaths: options.lexicon,
      rulesPaths: options.rules,
      lang: options.lang,
      workers: options.workers,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    // Warnings are not failures: the articles are loaded and the exit code stays 0.
    for (const warning of result.warnings) console.error(formatWarning(warning));
    if (result.document.articles.length === 0) {
      for (const failure of result.failures) console.error(formatFailure(failure));
      console.error("load: no article could be extracted; nothing written");
      return undefined;
    }
    return result;
  } catch (error) {
    progress.stop();
    console.error(errorLines("load", error));
    console.error("load: extraction failed; nothing written");
    return undefined;
  }
}

function formatSummary(summary: LoadSummary, what: string, uri: string): string {
  return [
    `load: loaded ${what} into ${displayUri(uri)} in ${(summary.elapsedMs / 1000).toFixed(1)} s (${summary.transactions} transactions)`,
    `load: ${formatCounts(summary.counts)}`,
  ].join("\n");
}

function formatReset(counts: ResetCounts): string {
  const kept = counts.nodesKept ? `; kept ${counts.nodesKept} nodes that relationships kg load did not create still use` : "";
  return formatCounts(counts) + kept;
}

export function formatCounts(counts: WriteCounts): string {
  return [
    `${counts.nodesCreated} nodes created`,
    `${counts.relationshipsCreated} relationships created`,
    `${counts.propertiesSet} properties set`,
    `${counts.nodesDeleted} nodes deleted`,
    `${counts.relationshipsDeleted} relationships deleted`,
  ].join(", ");
}
