import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { release, temporaryFor } from "./temporary-file.ts";

/**
 * Writes a file all at once or not at all: the content (a string, or chunks, so that a large file is never
 * one string in memory) goes to a temporary file in the same directory, is flushed to disk (fsync) and
 * renamed over `path`. On any failure, the chunks' own errors included, the temporary file is removed and
 * an existing file at `path` is left as it was; an interruption (SIGINT, SIGTERM) removes it too.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temporary = await temporaryFor(path);
  try {
    const file = await open(temporary, "wx");
    try {
      await writeFile(file, content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    release(temporary);
  }
}
