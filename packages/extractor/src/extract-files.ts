import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { parseGraphDocument, type GraphDocument } from "@news-kg/schema";
import { ExtractPool, WorkerPoolError } from "./extract-pool.ts";
import { packsWithRules } from "./lang/packs-with-rules.ts";
import { readRulesFile } from "./lang/read-rules-file.ts";
import type { RulesData } from "./lang/rules-data.ts";
import { loadLexicon } from "./lexicon/load-lexicon.ts";
import { extractArticle, mergeExtractions } from "./pipeline.ts";
import { articleLanguage, languageWarning, type LanguageSource } from "./read/article-language.ts";
import { InputError } from "./read/input-error.ts";
import { listInputFiles } from "./read/list-input-files.ts";
import { readArticles } from "./read/read-articles.ts";
import type { ArticleExtraction, SourceArticle } from "./types.ts";

export interface ExtractFilesOptions {
  /** Lexicon files laid over the bundled one. */
  lexiconPaths?: string[];
  /** Rules files (relation cues, office titles, modality words per language) laid over the packs, in order. */
  rulesPaths?: string[];
  /**
   * Language of articles that neither declare one nor show one that can be detected (default `vi`, with
   * a warning). What an article declares, then what its text shows, come first.
   */
  lang?: string;
  /** Worker threads; 1 (the default) extracts on the calling thread. */
  workers?: number;
  /** Called as each input file is finished (read and extracted, or failed). */
  onProgress?: (done: number, total: number) => void;
}

/** A file, or one record of it (`place`: a line number or "record N"), that could not be extracted. */
export interface ExtractFailure {
  file: string;
  place?: string;
  reason: string;
}

/**
 * An article that was extracted, but not as well as it could be: its language has no language pack, or
 * could not be found. Not a failure.
 */
export interface ExtractWarning {
  file: string;
  /** The article, in a file that holds several (.json, .jsonl). */
  article?: string;
  /** The language the article was read as, and where that came from. */
  lang: string;
  langSource: LanguageSource;
  reason: string;
}

export interface ExtractFilesResult {
  document: GraphDocument;
  failures: ExtractFailure[];
  /** In input order. */
  warnings: ExtractWarning[];
}

/** Articles sent to the workers ahead of extraction, per worker: keeps them busy without holding every text. */
const AHEAD_PER_WORKER = 4;

/**
 * Reads files and directories, extracts every article, and merges the results into one validated graph
 * document. Bad inputs are collected as failures and the rest goes on. Only per-article extractions are
 * kept while reading (texts are dropped once extracted), and the result is the same whatever the worker
 * count: extractions are merged in input order. An invalid rules file throws a RulesFileError before anything
 * is read.
 */
export async function extractFiles(paths: string[], options: ExtractFilesOptions = {}): Promise<ExtractFilesResult> {
  const rules = (options.rulesPaths ?? []).map(readRulesFile);
  const inputs = await listInputFiles(paths);
  const files = inputs.filter((x): x is string => typeof x === "string");
  const failures: InputError[] = inputs.filter((x): x is InputError => x instanceof InputError);
  const warnings: ExtractWarning[] = [];
  const extract = await startExtractor(options, rules, workerCount(options.workers ?? 1, files));
  const extractions: (ArticleExtraction | undefined)[] = [];
  const articleFiles = new Map<string, string>();
  let done = 0;
  let fatal: Error | undefined;
  const finishedFiles: Promise<void>[] = [];
  try {
    for (const file of files) {
      const inFlight: Promise<void>[] = [];
      for await (const item of readArticles(file)) {
        if (item instanceof InputError) {
          failures.push(item);
          continue;
        }
        const firstFile = articleFiles.get(item.id);
        if (firstFile !== undefined) {
          failures.push(new InputError(file, `duplicate article id "${item.id}" (already read from ${firstFile})`));
          continue;
        }
        articleFiles.set(item.id, file);
        const language = articleLanguage(item.lang, item.text, options.lang);
        const reason = languageWarning(language);
        if (reason) {
          const article = MULTI_ARTICLE_EXTENSIONS.has(extname(file).toLowerCase()) ? { article: item.id } : {};
          warnings.push({ file, ...article, lang: language.lang, langSource: language.source, reason });
        }
        const source: SourceArticle = { ...item, lang: language.lang };
        const slot = extractions.push(undefined) - 1;
        inFlight.push(
          extract.run(source).then(
            (extraction) => void (extractions[slot] = extraction),
            (error: Error) => {
              if (error instanceof WorkerPoolError) fatal ??= error;
              else failures.push(new InputError(file, `extraction failed for article "${source.id}": ${error.message}`));
            },
          ),
        );
        await extract.ready();
        if (fatal) throw fatal;
      }
      finishedFiles.push(Promise.all(inFlight).then(() => options.onProgress?.(++done, files.length)));
    }
    await Promise.all(finishedFiles);
    if (fatal) throw fatal;
  } finally {
    await extract.close();
  }
  const merged = mergeExtractions(extractions.filter((x): x is ArticleExtraction => x !== undefined));
  return { document: parseGraphDocument(merged, "extracted graph"), failures: sortFailures(failures, inputs), warnings };
}

/**
 * Files that hold several articles: a warning names the article too, and the file count says nothing about
 * the work.
 */
const MULTI_ARTICLE_EXTENSIONS = new Set([".json", ".jsonl"]);

interface Extractor {
  run(source: SourceArticle): Promise<ArticleExtraction>;
  /** Resolves when another article may be sent. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The worker threads worth starting: no more than the cores, and, when every file is one article, than the
 * files (each worker loads its own lexicon: 64 workers for 5 files took 69 s and 3 GB).
 */
export function workerCount(requested: number, files: string[]): number {
  const batches = files.some((file) => MULTI_ARTICLE_EXTENSIONS.has(extname(file).toLowerCase()));
  const cap = batches ? availableParallelism() : Math.min(availableParallelism(), files.length);
  return Math.max(1, Math.min(Math.floor(requested), cap));
}

async function startExtractor(options: ExtractFilesOptions, rules: RulesData[], workers: number): Promise<Extractor> {
  if (workers === 1) {
    const lexicon = loadLexicon(options.lexiconPaths ?? []);
    const packs = packsWithRules(rules);
    return {
      run: async (source) => extractArticle(source, lexicon, packs),
      ready: async () => {},
      close: async () => {},
    };
  }
  const pool = await ExtractPool.start(workers, { lexiconPaths: options.lexiconPaths ?? [], rules });
  return {
    run: (source) => pool.extract(source),
    ready: () => pool.capacity(workers * AHEAD_PER_WORKER),
    close: () => pool.close(),
  };
}

/** Failures in input order (paths as given, then place in the file), whatever order the workers finished in. */
function sortFailures(failures: InputError[], inputs: (string | InputError)[]): ExtractFailure[] {
  const order = new Map<string | InputError, number>(inputs.map((x, i) => [x, i]));
  const rank = (e: InputError) => order.get(e) ?? order.get(e.file) ?? -1;
  const placeNumber = (e: InputError) => Number(/\d+/.exec(e.place ?? "")?.[0] ?? 0);
  return failures
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || placeNumber(a.e) - placeNumber(b.e) || a.i - b.i)
    .map(({ e }) => (e.place ? { file: e.file, place: e.place, reason: e.reason } : { file: e.file, reason: e.reason }));
}

/** The one-line report of a warning: `extract: <file>: warning: [article "<id>": ]<reason>`. */
export function formatWarning(warning: ExtractWarning): string {
  return `extract: ${warning.file}: warning: ${warning.article !== undefined ? `article "${warning.article}": ` : ""}${warning.reason}`;
}

/** The one-line report of a failure: `extract: <file>[:<line>]: <reason>`. */
export function formatFailure(failure: ExtractFailure): string {
  return `extract: ${failure.file}${failure.place ? `:${failure.place}` : ""}: ${failure.reason}`;
}
