import { closeSync, createReadStream } from "node:fs";
import { basename, extname } from "node:path";
import type { SourceArticle } from "../types.ts";
import { MAX_INPUT_BYTES, decodeText, tooLarge } from "./decode-text.ts";
import { fsReason } from "./fs-reason.ts";
import { isGraphDocumentFile } from "./graph-document-file.ts";
import { htmlToArticle } from "./html-to-article.ts";
import { InputError } from "./input-error.ts";
import { jsonFileArticles, parseJson, recordToArticle } from "./json-records.ts";
import { makeSourceArticle } from "./article-fields.ts";
import { readLines } from "./read-lines.ts";
import { readTextArticle } from "./read-text-article.ts";
import { openRegularFile, readAtMost } from "./regular-file.ts";

export const SUPPORTED_EXTENSIONS: readonly string[] = [".txt", ".md", ".html", ".htm", ".json", ".jsonl"];

/**
 * Every article in one file, in file order. What cannot be read comes back as an InputError in its place
 * (the whole file, or one record of a JSON array / JSONL batch), so the caller reports it and goes on.
 */
export async function* readArticles(file: string): AsyncGenerator<SourceArticle | InputError> {
  const extension = extname(file).toLowerCase();
  const baseId = basename(file, extname(file));
  try {
    if (!SUPPORTED_EXTENSIONS.includes(extension)) {
      throw new InputError(file, `unsupported file type "${extension || "(none)"}" (expected ${SUPPORTED_EXTENSIONS.join(", ")})`);
    }
    if (extension === ".json" && isGraphDocumentFile(file)) {
      throw new InputError(file, "a graph document, not articles (kg load loads it as it is)");
    }
    // Synchronous reads: articles are small, and fs.promises costs ten times more per small file.
    const { fd, size } = openRegularFile(file);
    if (extension === ".jsonl") {
      yield* readJsonLines(file, fd, baseId);
      return;
    }
    let bytes: Buffer | undefined;
    try {
      if (size > MAX_INPUT_BYTES) throw tooLarge(file, size);
      bytes = attempt(file, () => readAtMost(fd, size, MAX_INPUT_BYTES));
    } finally {
      closeSync(fd);
    }
    if (!bytes) throw tooLarge(file);
    const content = decodeText(bytes, file);
    if (extension === ".json") {
      yield* jsonFileArticles(content, file, baseId);
    } else if (extension === ".html" || extension === ".htm") {
      const { text, fields } = htmlToArticle(content);
      if (!text.trim()) throw new InputError(file, "no article text in the page");
      yield makeSourceArticle(file, text, baseId, fields);
    } else {
      yield readTextArticle(file, content, baseId, extension === ".md" ? "md" : "txt");
    }
  } catch (error) {
    yield asInputError(error, file);
  }
}

/** One article per non-blank line; a bad line is an error at that line and the batch goes on. */
async function* readJsonLines(file: string, fd: number, baseId: string): AsyncGenerator<SourceArticle | InputError> {
  let records = 0;
  try {
    for await (const item of readLines(createReadStream(file, { fd }), MAX_INPUT_BYTES)) {
      const place = String(item.line);
      if ("overLimit" in item) {
        records++;
        yield tooLarge(file, undefined, place);
        continue;
      }
      const { bytes, line } = item;
      if (isBlank(bytes)) continue;
      records++;
      try {
        const record = parseJson(decodeText(bytes, file, place), file, line);
        yield recordToArticle(record, file, `${baseId}-${line}`, place);
      } catch (error) {
        yield asInputError(error, file, place);
      }
    }
  } catch (error) {
    yield error instanceof InputError ? error : new InputError(file, fsReason(error));
    return;
  }
  if (!records) yield new InputError(file, "empty");
}

/**
 * Any failure while reading one file (or one record) is that file's failure, never the batch's: a bug or
 * an exhausted resource in a parser (e.g. a RangeError) is reported with the file and the batch goes on.
 */
function asInputError(error: unknown, file: string, place?: string): InputError {
  if (error instanceof InputError) return error;
  return new InputError(file, `cannot be read: ${(error as Error)?.message ?? String(error)}`, place);
}

/** Runs a file-system call, turning its failure into an InputError. */
function attempt<T>(file: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw new InputError(file, fsReason(error));
  }
}

const isBlank = (bytes: Uint8Array) => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);
