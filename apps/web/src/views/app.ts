import type { GraphDocument } from "@news-kg/schema";
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

/** Parses a document's text; the text itself (tens of MB on big graphs) is garbage as soon as this returns. */
async function parseJson(source: Blob): Promise<unknown> {
  return JSON.parse(await source.text());
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
   * The schema check (and the document's hash) run in a worker while the main thread parses the document
   * and builds its graph: on big documents the check costs as much as building. Nothing of the document
   * is shown before the check passes: the explorer is drawn only then; a failed check shows the list of
   * problems instead.
   */
  const show = async (source: Blob, sourceName: string) => {
    const attempt = ++opened;
    check?.cancel();
    explorer?.destroy();
    explorer = undefined;
    setState("loading");
    replaceChildren(root, loading());
    performance.mark("web:fetched");
    const checker = spareChecker ?? spawnChecker();
    spareChecker = undefined;
    const thisCheck = (check = checker.check({ source, sourceName }));
    let json: unknown;
    try {
      json = await parseJson(source);
    } catch (error) {
      if (attempt === opened) fail(`web: ${sourceName} is not JSON: ${(error as Error).message}`);
      return;
    }
    performance.mark("web:parsed");
    let prepared: ReturnType<typeof prepareExplorer> | undefined;
    let drawError: unknown;
    try {
      const documentHash = await thisCheck.hash;
      if (attempt !== opened) return; // Another document was opened meanwhile.
      prepared = prepareExplorer({ document: json as GraphDocument, documentHash, sourceName });
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
    if (!result.ok) return fail(result.message, result.issues);
    try {
      if (drawError !== undefined || !prepared) throw drawError;
      explorer = mountExplorer(root, prepared, opener.pick);
    } catch (error) {
      return fail(`web: cannot draw ${sourceName}: ${(error as Error | undefined)?.message}`);
    }
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
