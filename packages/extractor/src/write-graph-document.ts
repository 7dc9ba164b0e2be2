import type { GraphDocument } from "@news-kg/schema";
import { writeFileAtomic } from "./write-file-atomic.ts";

const SECTIONS = ["articles", "entities", "relations", "mentions"] as const;
/** Records are written in chunks of about this many characters. */
const CHUNK = 1 << 16;

/**
 * Writes a graph document as JSON with one record per line, in chunks (a large graph is never one string
 * in memory), atomically: a reader sees the old file or the whole new one.
 */
export async function writeGraphDocument(path: string, document: GraphDocument): Promise<void> {
  await writeFileAtomic(path, graphJson(document));
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
