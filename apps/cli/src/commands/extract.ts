import { realpath } from "node:fs/promises";
import { extname, sep } from "node:path";
import {
  extractFiles,
  formatFailure,
  formatWarning,
  isGraphDocumentFile,
  SUPPORTED_EXTENSIONS,
  writeGraphDocument,
  type ExtractFilesResult,
} from "@news-kg/extractor";
import { Option, type Command } from "commander";
import { errorLines } from "../error-lines.ts";
import { collectRepeated, parseLanguage, parseWorkers } from "../option-parsers.ts";
import { ProgressBar } from "../progress-bar.ts";

/** Batches larger than this get a progress bar. */
const FEW_FILES = 3;

export interface ExtractCommandOptions {
  out: string;
  lexicon: string[];
  rules: string[];
  lang?: string;
  workers: number;
}

/** `kg extract <files|dirs...> --out graph.json`: articles in, one validated graph document out. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Extract entities and relations (with the sentences that support them) from news articles into a graph document.")
    .argument("<paths...>", "article files (.txt, .md, .html, .json, .jsonl) or directories of them")
    .requiredOption("-o, --out <file>", "where to write the graph document (JSON)")
    .addOption(
      new Option("--lexicon <file>", "extra lexicon file laid over the bundled one (repeatable)")
        .argParser(collectRepeated)
        .default([], "none"),
    )
    .addOption(
      new Option("--rules <file>", "extra rules file: relation cues, office titles and modality words per language (repeatable)")
        .argParser(collectRepeated)
        .default([], "none"),
    )
    .option(
      "--lang <code>",
      "language of articles that neither declare one (front matter, JSON field, HTML lang) nor show one that can be detected (default: vi, with a warning)",
      parseLanguage,
    )
    .option("--workers <n>", "worker threads for extraction (at most the cores, and the files)", parseWorkers, 1)
    .action(async (paths: string[], options: ExtractCommandOptions) => {
      process.exitCode = await runExtract(paths, options);
    });
}

/** Runs the command; returns the exit code (1 when any file failed or nothing could be written; warnings do not count). */
export async function runExtract(paths: string[], options: ExtractCommandOptions): Promise<number> {
  if (await isAnInput(options.out, paths)) {
    console.error(`extract: --out ${options.out} is one of the inputs; it would be overwritten: write the graph elsewhere`);
    return 1;
  }
  const progress = new ProgressBar("extract [{bar}] {value}/{total} files | {duration_formatted}");
  let result: ExtractFilesResult;
  try {
    result = await extractFiles(paths, {
      lexiconPaths: options.lexicon,
      rulesPaths: options.rules,
      lang: options.lang,
      workers: options.workers,
      onProgress: (done, total) => total > FEW_FILES && progress.update(done, total),
    });
  } catch (error) {
    progress.stop();
    console.error(errorLines("extract", error));
    return 1;
  }
  progress.stop();
  for (const warning of result.warnings) console.error(formatWarning(warning));
  for (const failure of result.failures) console.error(formatFailure(failure));
  const { document, failures } = result;
  if (!document.articles.length) {
    console.error(`extract: no article could be extracted; ${options.out} not written`);
    return 1;
  }
  try {
    await writeGraphDocument(options.out, document);
  } catch (error) {
    console.error(`extract: cannot write ${options.out}: ${(error as Error).message}`);
    return 1;
  }
  console.log(summary(result, options.out));
  return failures.length ? 1 : 0;
}

/**
 * Whether `out` is an article this run reads: one of `paths`, or a file of a supported type inside one of
 * them. A graph document there is not (folders are listed without them), so rewriting an earlier output is fine.
 */
async function isAnInput(out: string, paths: string[]): Promise<boolean> {
  const target = await realpath(out).catch(() => undefined);
  if (target === undefined || isGraphDocumentFile(target)) return false;
  for (const path of paths) {
    const input = await realpath(path).catch(() => undefined);
    if (input === target) return true;
    const inside = input !== undefined && target.startsWith(input + sep);
    if (inside && SUPPORTED_EXTENSIONS.includes(extname(target).toLowerCase())) return true;
  }
  return false;
}

function summary({ document, failures, warnings }: ExtractFilesResult, out: string): string {
  const types = countBy(document.relations.map((r) => r.type)).map(([t, n]) => `${t} ${n}`);
  const failedFiles = new Set(failures.map((f) => f.file));
  return [
    `extract: wrote ${out}`,
    `  articles  ${document.articles.length}`,
    `  languages ${countBy(document.articles.map((a) => a.lang))
      .sort(([, a], [, b]) => b - a)
      .map(([lang, n]) => `${lang} ${n}`)
      .join(", ")}`,
    `  entities  ${document.entities.length}`,
    `  relations ${document.relations.length}${types.length ? ` (${types.join(", ")})` : ""}`,
    ...(failures.length
      ? [
          `  failed    ${failures.length} input${failures.length > 1 ? "s" : ""} in ${failedFiles.size} file${failedFiles.size > 1 ? "s" : ""}: ${[...failedFiles].join(", ")}`,
        ]
      : []),
    ...(warnings.length ? [`  warnings  ${warningSummary(warnings)}`] : []),
  ].join("\n");
}

/** "2 articles in languages without a pack (de 1, fr 1), 1 of no known language (read as vi)". */
function warningSummary(warnings: ExtractFilesResult["warnings"]): string {
  const articles = (n: number) => `${n} article${n > 1 ? "s" : ""}`;
  const unknown = warnings.filter((w) => w.langSource === "default");
  const unsupported = warnings.filter((w) => w.langSource !== "default");
  const parts: string[] = [];
  if (unsupported.length) {
    const byLang = countBy(unsupported.map((w) => w.lang)).map(([lang, n]) => `${lang} ${n}`);
    parts.push(`${articles(unsupported.length)} in a language without a pack (${byLang.join(", ")}): names only`);
  }
  if (unknown.length) {
    const as = [...new Set(unknown.map((w) => w.lang))].join(", ");
    parts.push(`${articles(unknown.length)} of no known language (read as ${as})`);
  }
  return parts.join("; ");
}

/** How often each value occurs, by value. */
function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
}
