// Checks a graph (live mode's API answers) off the main thread; nothing of it is drawn unless it passes.
import type { GraphCheck } from "./check-graph-document.ts";
import { parseGraphText } from "./parse-graph-text.ts";

export interface ValidationRequest {
  /** The document's bytes: a Blob crosses to the worker without a copy, a string of tens of MB would not. */
  source: Blob;
  sourceName: string;
}

/** The verdict without the document itself: the main thread parses its own copy. */
export type ValidationVerdict = GraphCheck;

self.onmessage = async (event: MessageEvent<ValidationRequest>) => {
  const { source, sourceName } = event.data;
  const post = (verdict: ValidationVerdict) => self.postMessage(verdict);
  let text: string;
  try {
    text = await source.text();
  } catch (error) {
    post({ ok: false, message: `web: cannot read ${sourceName}: ${(error as Error).message}`, issues: [] });
    return;
  }
  post(parseGraphText(text, sourceName));
};
