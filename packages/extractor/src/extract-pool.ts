import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RulesData } from "./lang/rules-data.ts";
import type { ArticleExtraction, SourceArticle } from "./types.ts";

/** What each worker starts from: the lexicon files, and the rules files' validated content (packs hold functions, which cannot be sent). */
export interface WorkerSetup {
  lexiconPaths: string[];
  rules: RulesData[];
}

type Reply = { id: number; extraction?: ArticleExtraction; error?: string } | { ready: true } | { fatal: string };

interface Task {
  id: number;
  source: SourceArticle;
  resolve: (extraction: ArticleExtraction) => void;
  reject: (error: Error) => void;
}

/** The pool lost a worker: the run cannot be completed. */
export class WorkerPoolError extends Error {
  override name = "WorkerPoolError";
}

/**
 * Worker threads that run `extractArticle`, each with its own lexicon. Articles go to whichever worker is
 * free; callers get one promise per article and decide the order of results themselves.
 */
export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly running = new Map<Worker, Task>();
  private readonly waiting: (() => void)[] = [];
  private failure: Error | undefined;
  private closed = false;
  private nextId = 0;

  private constructor() {}

  /** Starts `size` workers and resolves when every one has loaded the lexicon and extended its packs. */
  static async start(size: number, setup: WorkerSetup): Promise<ExtractPool> {
    const pool = new ExtractPool();
    const ready = Array.from({ length: size }, () => pool.add(startWorker(setup)));
    try {
      await Promise.all(ready);
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Articles sent and not yet answered. */
  get pending(): number {
    return this.queue.length + this.running.size;
  }

  extract(source: SourceArticle): Promise<ArticleExtraction> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, source, resolve, reject });
      this.dispatch();
    });
  }

  /** Resolves once fewer than `limit` articles are pending, so a reader never runs far ahead of the workers. */
  async capacity(limit: number): Promise<void> {
    while (this.pending >= limit && !this.failure) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Listens to a new worker from the start (an error before it is ready must not go unheard); resolves when it is ready. */
  private add(worker: Worker): Promise<void> {
    this.workers.push(worker);
    return new Promise((ready, notReady) => {
      worker.on("message", (reply: Reply) => {
        if ("ready" in reply) {
          this.idle.push(worker);
          this.dispatch();
          ready();
        } else if ("fatal" in reply) {
          notReady(new Error(reply.fatal));
        } else {
          const task = this.running.get(worker)!;
          this.running.delete(worker);
          this.idle.push(worker);
          if (reply.error !== undefined) task.reject(new Error(reply.error));
          else task.resolve(reply.extraction!);
          this.dispatch();
        }
      });
      const fail = (error: Error) => {
        notReady(error);
        this.fail(error);
      };
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`exited with code ${code}`)));
    });
  }

  /** A worker that dies takes the pool with it: the run cannot finish with articles silently missing. */
  private fail(error: Error): void {
    if (this.closed) return;
    this.failure ??= new WorkerPoolError(`extractor: worker failed: ${error.message}`);
    for (const task of [...this.running.values(), ...this.queue.splice(0)]) task.reject(this.failure);
    this.running.clear();
    this.wake();
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.postMessage({ id: task.id, source: task.source });
    }
    this.wake();
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

const WORKER_SCRIPT = new URL("./extract-worker.ts", import.meta.url).href;

/**
 * A worker running extract-worker.ts. Workers load TypeScript sources, and on Node 20 the tsx loader of
 * the parent (`tsx` puts `--import loader.mjs` in execArgv) does not reach a worker's entry module
 * (tsx issue #354): a small JavaScript bootstrap registers tsx in the worker, then imports the script.
 */
function startWorker(workerData: WorkerSetup): Worker {
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_SCRIPT)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: withoutTsxLoader(process.execArgv) });
}

/** File URL of tsx's ESM API (`tsx/esm/api`, import condition), found through its package.json exports. */
function tsxApiUrl(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const exports = JSON.parse(readFileSync(manifest, "utf8")).exports as Record<string, { import: { default: string } }>;
  return new URL(exports["./esm/api"]!.import.default, pathToFileURL(manifest)).href;
}

/** The parent's node options without tsx's own preload flags (the bootstrap registers tsx once, itself). */
function withoutTsxLoader(argv: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === "--require" || argv[i] === "--import") && /[\\/]tsx[\\/]/.test(argv[i + 1] ?? "")) i++;
    else kept.push(argv[i]!);
  }
  return kept;
}
