import type { GraphDocument } from "@news-kg/schema";
import { hashText } from "../core/data/document-hash.ts";
import { graphSourceUrl } from "../core/data/graph-source.ts";
import { errorView } from "../components/error-view.ts";
import { createFileOpener } from "../components/file-opener.ts";
import { h, replaceChildren } from "../components/dom.ts";
import { mountExplorer } from "./explorer-view.ts";
import { validateInWorker } from "./validate-in-worker.ts";

/**
 * Opens the document served with the app (or `?graph=<url>`), and any file the user picks or drops.
 * Whatever goes wrong ends on a readable message, never a blank page.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  let explorer: { destroy(): void } | undefined;
  let opened = 0;
  const setState = (state: "loading" | "ready" | "error") => (document.body.dataset.state = state);
  const fail = (message: string, issues: { path: string; message: string }[] = []) => {
    explorer?.destroy();
    explorer = undefined;
    replaceChildren(root, errorView(message, issues, opener.pick));
    setState("error");
  };

  /**
   * The schema check runs in a worker while the main thread parses and draws: on big documents it costs
   * as much as drawing. The explorer only counts as ready once the check passes; a failed check replaces
   * the picture with the list of problems. Text is only ever shown as text, so drawing first is safe.
   */
  const show = async (text: string, sourceName: string) => {
    const attempt = ++opened;
    explorer?.destroy();
    explorer = undefined;
    setState("loading");
    performance.mark("web:fetched");
    const verdict = validateInWorker({ text, sourceName });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      fail(`web: ${sourceName} is not JSON: ${(error as Error).message}`);
      return;
    }
    let drawError: unknown;
    try {
      explorer = mountExplorer(root, { document: json as GraphDocument, documentHash: hashText(text), sourceName }, opener.pick);
    } catch (error) {
      drawError = error; // An invalid document may break drawing; the verdict below says why.
    }
    const result = await verdict;
    if (attempt !== opened) return; // Another document was opened meanwhile.
    performance.mark("web:validated");
    if (!result.ok) return fail(result.message, result.issues);
    if (drawError !== undefined) return fail(`web: cannot draw ${sourceName}: ${(drawError as Error).message}`);
    setState("ready");
  };
  const opener = createFileOpener((text, name) => {
    // A file from disk replaces the served one; the old view state does not apply to it.
    history.replaceState(history.state, "", location.pathname);
    void show(text, name);
  });

  setState("loading");
  replaceChildren(root, h("p", { class: "loading" }, "Loading graph…"));
  const url = graphSourceUrl(location.search);
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (error) {
    fail(`web: could not load ${url}: ${(error as Error).message}`);
    return;
  }
  await show(text, url);
}
