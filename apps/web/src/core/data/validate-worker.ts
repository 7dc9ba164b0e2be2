// Validates a graph document off the main thread, so the picture does not wait for the schema check.
import { parseGraphText, type ParsedGraph } from "./parse-graph-text.ts";

export interface ValidationRequest {
  text: string;
  sourceName: string;
}

/** The verdict without the document itself: the main thread parses its own copy. */
export type ValidationVerdict = { ok: true } | Extract<ParsedGraph, { ok: false }>;

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const parsed = parseGraphText(event.data.text, event.data.sourceName);
  const verdict: ValidationVerdict = parsed.ok ? { ok: true } : parsed;
  self.postMessage(verdict);
};
