import { GraphDocumentError, parseGraphDocument } from "@news-kg/schema";

/** Whether parsed JSON is a graph document; when not, the problems with their paths. */
export type GraphCheck = { ok: true } | { ok: false; message: string; issues: { path: string; message: string }[] };

/** Checks parsed JSON against the shared schema; never throws for an invalid document. */
export function checkGraphDocument(json: unknown, sourceName: string): GraphCheck {
  try {
    parseGraphDocument(json, sourceName);
    return { ok: true };
  } catch (error) {
    if (error instanceof GraphDocumentError) {
      return { ok: false, message: `web: ${sourceName} is not a valid graph document`, issues: error.issues };
    }
    throw error;
  }
}
