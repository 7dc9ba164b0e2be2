import { closeSync, openSync, readSync } from "node:fs";

/** Bytes read to recognize a graph document: its first key comes right after the opening brace. */
const HEAD_BYTES = 256;
/** How graph documents (`kg extract --out`, `kg export`) begin: an object whose first key is a section. */
const GRAPH_DOCUMENT_HEAD = /^\uFEFF?\s*\{\s*"(?:articles|entities|relations|mentions)"\s*:\s*\[/;

/**
 * Whether a `.json` file is a graph document rather than articles, from its first bytes (no full parse):
 * an output written into an input folder must not be read back as articles next time.
 */
export function isGraphDocumentFile(path: string): boolean {
  if (!path.toLowerCase().endsWith(".json")) return false;
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    return GRAPH_DOCUMENT_HEAD.test(head.subarray(0, length).toString("utf8"));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
