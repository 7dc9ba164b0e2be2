import { GraphDocumentError, parseGraphDocument, type GraphDocument } from "@news-kg/schema";

export type ParsedGraph =
  | { ok: true; document: GraphDocument }
  | { ok: false; message: string; issues: { path: string; message: string }[] };

/** Parses and validates the text of a graph document; never throws. */
export function parseGraphText(text: string, sourceName: string): ParsedGraph {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `web: ${sourceName} is not JSON: ${(error as Error).message}`, issues: [] };
  }
  try {
    return { ok: true, document: parseGraphDocument(json, sourceName) };
  } catch (error) {
    if (error instanceof GraphDocumentError) {
      return { ok: false, message: `web: ${sourceName} is not a valid graph document`, issues: error.issues };
    }
    throw error;
  }
}
