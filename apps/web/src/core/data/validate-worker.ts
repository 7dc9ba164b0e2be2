// Checks a graph document off the main thread: the main thread parses and builds the picture meanwhile,
// and shows it only once this check has passed.
import { hashText } from "./document-hash.ts";
import { parseGraphText, type ParsedGraph } from "./parse-graph-text.ts";

export interface ValidationRequest {
  /** The document's bytes: a Blob crosses to the worker without a copy, a string of tens of MB would not. */
  source: Blob;
  sourceName: string;
}

/** The verdict without the document itself: the main thread parses its own copy. */
export type ValidationVerdict = { ok: true } | Extract<ParsedGraph, { ok: false }>;

/** First the document's hash (it keys the cached layout, which the main thread needs before drawing), then the verdict. */
export type ValidationMessage = { kind: "hash"; hash: string } | { kind: "verdict"; verdict: ValidationVerdict };

self.onmessage = async (event: MessageEvent<ValidationRequest>) => {
  const { source, sourceName } = event.data;
  const post = (message: ValidationMessage) => self.postMessage(message);
  let text: string;
  try {
    text = await source.text();
  } catch (error) {
    post({ kind: "verdict", verdict: { ok: false, message: `web: cannot read ${sourceName}: ${(error as Error).message}`, issues: [] } });
    return;
  }
  post({ kind: "hash", hash: hashText(text) });
  const parsed = parseGraphText(text, sourceName);
  post({ kind: "verdict", verdict: parsed.ok ? { ok: true } : parsed });
};
