import type { GraphDocument } from "@news-kg/schema";
import { hashText } from "../core/data/document-hash.ts";
import type { ValidationVerdict } from "../core/data/validate-worker.ts";
import { graphSourceUrl } from "../core/data/graph-source.ts";
import { errorView } from "../components/error-view.ts";
import { createFileOpener } from "../components/file-opener.ts";
import { h, replaceChildren } from "../components/dom.ts";
import { mountExplorer, prepareExplorer } from "./explorer-view.ts";
import { spawnChecker, type DocumentCheck } from "./validate-in-worker.ts";
import type { LiveOverview } from "../core/live/live-api.ts";
import { startLiveApp } from "./live-app.ts";

const loading = () => h("p", { class: "loading" }, "Loading graph…");

/**
 * Documents up to this many characters are hashed on the main thread: a few milliseconds, where waiting for
 * the worker's hash means waiting for the worker to start and load its code (hundreds of milliseconds on
 * a busy machine, longer than drawing a small graph).
 */
const MAIN_THREAD_HASH_CHARS = 4_000_000;

/**
 * Parses a document's text, and hashes it if it is small; the text itself (tens of MB on big graphs) is
 * garbage as soon as this returns.
 */
async function parseJson(source: Blob): Promise<{ json: unknown; hash?: string }> {
  const text = await source.text();
  return { json: JSON.parse(text), ...(text.length <= MAIN_THREAD_HASH_CHARS ? { hash: hashText(text) } : {}) };
}

/**
 * The served graph's overview when the server is `kg serve --neo4j` (live mode); undefined for a
 * document server, which answers `/api/*` with 404, or any other answer.
 */
async function liveOverview(): Promise<LiveOverview | undefined> {
  try {
    const response = await fetch("api/overview", { headers: { accept: "application/json" } });
    if (!response.ok) return undefined;
    const overview = (await response.json()) as Partial<LiveOverview>;
    return overview.mode === "neo4j" ? (overview as LiveOverview) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens the graph the server holds: live, on its Neo4j database, when it serves one (and no `?graph=`
 * names a document); else the document served with the app (or `?graph=<url>`). Any file the user picks
 * or drops opens as a document.
 * Whatever goes wrong ends on a readable message, never a blank page.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  let explorer: { destroy(): void } | undefined;
  let liveApp: { destroy(): void } | undefined;
  // Started now, so that its code has loaded by the time the document arrives.
  let spareChecker: ReturnType<typeof spawnChecker> | undefined = spawnChecker();
  let check: DocumentCheck | undefined;
  let opened = 0;
  const setState = (state: "loading" | "ready" | "error") => (document.body.dataset.state = state);
  const fail = (message: string, issues: { path: string; message: string }[] = []) => {
    check?.cancel();
    explorer?.destroy();
    explorer = undefined;
    replaceChildren(root, errorView(message, issues, opener.pick));
    setState("error");
  };

  /**
   * The schema check (and the document's hash) run in a worker while the main thread parses the document,
   * builds its graph and mounts the explorer: on big documents the check costs as much as building. Nothing
   * of the document is shown before the check passes: the explorer stays hidden and its first frame waits
   * until then; a failed check shows the list of problems instead.
   */
  const show = async (source: Blob, sourceName: string) => {
    const attempt = ++opened;
    check?.cancel();
    explorer?.destroy();
    explorer = undefined;
    setState("loading");
    root.style.visibility = ""; // an attempt overtaken by this one may have left it hidden
    replaceChildren(root, loading());
    performance.mark("web:fetched");
    const checker = spareChecker ?? spawnChecker();
    spareChecker = undefined;
    const thisCheck = (check = checker.check({ source, sourceName }));
    let parsed: Awaited<ReturnType<typeof parseJson>>;
    try {
      parsed = await parseJson(source);
    } catch (error) {
      if (attempt === opened) fail(`web: ${sourceName} is not JSON: ${(error as Error).message}`);
      return;
    }
    performance.mark("web:parsed");
    let drawError: unknown;
    let reveal!: () => void;
    const shown = new Promise<void>((resolve) => (reveal = resolve));
    try {
      const documentHash = parsed.hash ?? (await thisCheck.hash);
      if (attempt !== opened) return; // Another document was opened meanwhile.
      const prepared = prepareExplorer({ document: parsed.json as GraphDocument, documentHash, sourceName });
      // Mounted hidden while the check runs: creating the renderer (compiling its WebGL programs, a first
      // pass over the edges) takes about as long as the check on small documents.
      root.style.visibility = "hidden";
      explorer = mountExplorer(root, prepared, opener.pick, undefined, shown);
    } catch (error) {
      drawError = error; // An invalid document may break building; the verdict below says why.
    }
    let result: ValidationVerdict;
    try {
      result = await thisCheck.verdict;
    } catch (error) {
      result = { ok: false as const, message: (error as Error).message, issues: [] };
    }
    if (attempt !== opened) return;
    performance.mark("web:validated");
    root.style.visibility = "";
    if (!result.ok) return fail(result.message, result.issues);
    if (drawError !== undefined || !explorer) return fail(`web: cannot draw ${sourceName}: ${(drawError as Error | undefined)?.message}`);
    reveal();
    setState("ready");
  };
  const opener = createFileOpener((file) => {
    liveApp?.destroy();
    liveApp = undefined;
    // A file from disk replaces the served one; the old view state does not apply to it.
    history.replaceState(history.state, "", location.pathname);
    void show(file, file.name);
  });

  setState("loading");
  replaceChildren(root, loading());
  const overview = new URLSearchParams(location.search).has("graph") ? undefined : await liveOverview();
  if (overview) {
    liveApp = startLiveApp(root, overview, opener.pick);
    return;
  }
  const url = graphSourceUrl(location.search);
  let source: Blob;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    source = await response.blob();
  } catch (error) {
    fail(`web: could not load ${url}: ${(error as Error).message}`);
    return;
  }
  await show(source, url);
}
