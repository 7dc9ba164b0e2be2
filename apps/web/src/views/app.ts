import { hashText } from "../core/data/document-hash.ts";
import { graphSourceUrl } from "../core/data/graph-source.ts";
import { parseGraphText } from "../core/data/parse-graph-text.ts";
import { errorView } from "../components/error-view.ts";
import { createFileOpener } from "../components/file-opener.ts";
import { h, replaceChildren } from "../components/dom.ts";
import { mountExplorer } from "./explorer-view.ts";

/**
 * Opens the document served with the app (or `?graph=<url>`), and any file the user picks or drops.
 * Whatever goes wrong ends on a readable message, never a blank page.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  let explorer: { destroy(): void } | undefined;
  const setState = (state: "loading" | "ready" | "error") => (document.body.dataset.state = state);

  const show = (text: string, sourceName: string) => {
    explorer?.destroy();
    explorer = undefined;
    const parsed = parseGraphText(text, sourceName);
    if (!parsed.ok) {
      replaceChildren(root, errorView(parsed.message, parsed.issues, opener.pick));
      setState("error");
      return;
    }
    explorer = mountExplorer(root, { document: parsed.document, documentHash: hashText(text), sourceName }, opener.pick);
    setState("ready");
  };
  const opener = createFileOpener((text, name) => {
    // A file from disk replaces the served one; the old view state does not apply to it.
    history.replaceState(history.state, "", location.pathname);
    show(text, name);
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
    replaceChildren(root, errorView(`web: could not load ${url}: ${(error as Error).message}`, [], opener.pick));
    setState("error");
    return;
  }
  show(text, url);
}
