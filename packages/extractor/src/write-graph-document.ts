import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { GraphDocument } from "@news-kg/schema";
import { release, temporaryFor } from "./temporary-file.ts";

const SECTIONS = ["articles", "entities", "relations", "mentions"] as const;
/** Records are written in chunks of about this many characters. */
const CHUNK = 1 << 16;

/**
 * Writes a graph document as JSON with one record per line, streamed (a large graph is never one string
 * in memory) to a temporary file in the same directory that is renamed over `path` once complete.
 */
export async function writeGraphDocument(path: string, document: GraphDocument): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temporary = await temporaryFor(path);
  try {
    await pipeline(Readable.from(graphJson(document)), createWriteStream(temporary));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    release(temporary);
  }
}

/** The document's JSON text in chunks: `{"articles": [` then one record per line, section by section. */
function* graphJson(document: GraphDocument): Generator<string> {
  let chunk = "{";
  let firstSection = true;
  for (const section of SECTIONS) {
    const records = document[section];
    if (!records) continue;
    chunk += `${firstSection ? "" : ","}\n${JSON.stringify(section)}: [`;
    firstSection = false;
    for (let i = 0; i < records.length; i++) {
      chunk += `${i ? "," : ""}\n  ${JSON.stringify(records[i])}`;
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = "";
      }
    }
    chunk += records.length ? "\n]" : "]";
  }
  yield chunk + "\n}\n";
}
