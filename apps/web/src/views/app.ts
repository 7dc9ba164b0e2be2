import type { GraphDocument } from "@news-kg/schema";
import { hashText } from "../core/data/document-hash.ts";
import { graphSourceUrl } from "../core/data/graph-source.ts";
import { errorView } from "../components/error-view.ts";
import { createFileOpener } from "../components/file-opener.ts";
import { h, replaceChildren } from "../components/dom.ts";
import { mountExplorer, prepareExplorer } from "./explorer-view.ts";
import type { LiveOverview } from "../core/live/live-api.ts";
import { startLiveApp } from "./live-app.ts";

const loading = () => h("p", { class: "loading" }, "Loading graph…");

/**
 * Parses a document's text and hashes it (the hash keys the cached layout); the text itself (tens of MB
 * on big graphs) is garbage as soon as this returns.
 */
async function parseJson(source: Blob): Promise<{ json: unknown; hash: string }> {
  const text = await source.text();
  return { json: JSON.parse(text), hash: hashText(text) };
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
  // The schema check's code (zod and the schema) is loaded now, while the document downloads.
  const checker = import("../core/data/check-graph-document.ts");
  checker.catch(() => {}); // A failed load is reported when a document is checked.
  const checkDocument = async (json: unknown, sourceName: string) => (await checker).checkGraphDocument(json, sourceName);
  let opened = 0;
  const setState = (state: "loading" | "ready" | "error") => (document.body.dataset.state = state);
  const fail = (message: string, issues: { path: string; message: string }[] = []) => {
    explorer?.destroy();
    explorer = undefined;
    replaceChildren(root, errorView(message, issues, opener.pick));
    setState("error");
  };

  /**
   * Parses the document, checks it against the shared schema, then builds and draws it: nothing of a
   * document is shown before the check has passed, and a failed check lists the problems instead.
   */
  const show = async (source: Blob, sourceName: string) => {
    const attempt = ++opened;
    explorer?.destroy();
    explorer = undefined;
    setState("loading");
    replaceChildren(root, loading());
    performance.mark("web:fetched");
    let parsed: Awaited<ReturnType<typeof parseJson>>;
    try {
      parsed = await parseJson(source);
    } catch (error) {
      if (attempt === opened) fail(`web: ${sourceName} is not JSON: ${(error as Error).message}`);
      return;
    }
    performance.mark("web:parsed");
    let verdict: Awaited<ReturnType<typeof checkDocument>>;
    try {
      verdict = await checkDocument(parsed.json, sourceName);
    } catch (error) {
      if (attempt === opened) fail(`web: cannot check ${sourceName}: ${(error as Error).message}`);
      return;
    }
    if (attempt !== opened) return; // Another document was opened meanwhile.
    performance.mark("web:validated");
    if (!verdict.ok) return fail(verdict.message, verdict.issues);
    try {
      const prepared = prepareExplorer({ document: parsed.json as GraphDocument, documentHash: parsed.hash, sourceName });
      explorer = mountExplorer(root, prepared, opener.pick);
    } catch (error) {
      return fail(`web: cannot draw ${sourceName}: ${(error as Error).message}`);
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
    liveApp = startLiveApp(root, overview, checkDocument, opener.pick);
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
