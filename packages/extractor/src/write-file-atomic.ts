import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file all at once or not at all: the content (a string, or chunks, so that a large file is never
 * one string in memory) goes to a temporary file in the same directory, is flushed to disk (fsync) and
 * renamed over `path`. On any failure, the chunks' own errors included, the temporary file is removed and
 * an existing file at `path` is left as it was.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string> | AsyncIterable<string>): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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
  }
}
