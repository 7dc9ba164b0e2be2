import { checkGraphDocument, type GraphCheck } from "./check-graph-document.ts";

/** Parses and checks the text of a graph document; never throws. */
export function parseGraphText(text: string, sourceName: string): GraphCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `web: ${sourceName} is not JSON: ${(error as Error).message}`, issues: [] };
  }
  return checkGraphDocument(json, sourceName);
}
