import { readFile } from "node:fs/promises";
import { parseGraphDocument, type GraphDocument } from "@news-kg/schema";

/**
 * If `path` is a `.json` graph document (an object with `entities` or `relations`), returns it validated
 * (throwing a GraphDocumentError that lists each problem with its path); returns undefined for anything else,
 * such as article files, which are extracted instead.
 */
export async function readGraphFile(path: string): Promise<GraphDocument | undefined> {
  if (!path.toLowerCase().endsWith(".json")) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") return undefined;
    throw new Error(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  const looksLikeGraph = typeof json === "object" && json !== null && !Array.isArray(json) && ("entities" in json || "relations" in json);
  return looksLikeGraph ? parseGraphDocument(json, path) : undefined;
}
