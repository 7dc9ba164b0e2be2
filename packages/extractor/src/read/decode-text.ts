import { InputError } from "./input-error.ts";

/** Largest input accepted, per file (or per JSONL record). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes to text, refusing what is not an article: oversized, binary (NUL bytes), not UTF-8, or blank.
 * `place` locates the bytes inside `file` (a JSONL line) for the error message.
 */
export function decodeText(bytes: Uint8Array, file: string, place?: string): string {
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new InputError(file, `too large (${(bytes.byteLength / 1048576).toFixed(1)} MB, limit ${MAX_INPUT_BYTES / 1048576} MB)`, place);
  }
  if (bytes.includes(0)) throw new InputError(file, "binary content (NUL bytes), not a text article", place);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(file, "not valid UTF-8 text", place);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(file, "empty", place);
  return text;
}
