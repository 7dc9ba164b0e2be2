import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { extractFiles } from "@news-kg/extractor";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

/** The bundled corpus, extracted as `npm start` does. */
export async function sampleGraphJson(): Promise<string> {
  const { document, failures } = await extractFiles([resolve(REPO_ROOT, "corpus")], {});
  if (failures.length > 0) throw new Error(`web: the sample corpus did not extract: ${JSON.stringify(failures)}`);
  return JSON.stringify(document);
}

/** Opens the explorer and waits until the graph is drawn and its layout has stopped. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === "ready" && document.body.dataset.layout === "stopped", null, {
    timeout: 60_000,
  });
}

/** What the browser tests read of the explorer's test hook (`window.__explorer`). */
type ExplorerHook = {
  graph: {
    nodes(): string[];
    edges(): string[];
    source(e: string): string;
    target(e: string): string;
    getNodeAttribute(n: string, a: string): unknown;
    getEdgeAttribute(e: string, a: string): unknown;
  };
  renderer: {
    getEdgeDisplayData(e: string): { hidden: boolean; label: string | null; curvature: number } | undefined;
    getNodeDisplayData(n: string): { hidden: boolean; x: number; y: number } | undefined;
    getCamera(): { getState(): { x: number; y: number; ratio: number } };
    getDimensions(): { width: number; height: number };
    framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
    emit(event: "clickEdge", payload: { edge: string }): void;
  };
  /** Whether the filters (and the neighbourhood) show a relation, drawn apart or folded into its pair's edge. */
  isEdgeVisible(edge: string): boolean;
};
declare global {
  interface Window {
    __explorer: ExplorerHook;
    __xss?: number;
  }
}
