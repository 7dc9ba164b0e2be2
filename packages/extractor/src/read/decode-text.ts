import { InputError } from "./input-error.ts";

/** Largest input accepted, per file (or per JSONL record). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** A file or record over MAX_INPUT_BYTES; `bytes` is its size when known (reading stops at the limit). */
export function tooLarge(file: string, bytes?: number, place?: string): InputError {
  const limit = `${MAX_INPUT_BYTES / BYTES_PER_MB} MB`;
  const size = bytes === undefined ? `over ${limit}` : `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
  return new InputError(file, `too large (${size}, limit ${limit})`, place);
}

const BYTES_PER_MB = 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes (read within MAX_INPUT_BYTES) to text, refusing what is not an article: binary (NUL bytes), not UTF-8, or blank.
 * `place` locates the bytes inside `file` (a JSONL line) for the error message.
 */
export function decodeText(bytes: Uint8Array, file: string, place?: string): string {
  if (bytes.includes(0)) {
    const reason = looksUtf16(bytes) ? "UTF-16 text; convert it to UTF-8" : "binary content (NUL bytes), not a text article";
    throw new InputError(file, reason, place);
  }
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

/** Bytes looked at to tell UTF-16 text from binary data. */
const UTF16_SAMPLE_BYTES = 4096;

/**
 * Whether bytes with NULs are UTF-16 text: a byte order mark, or (mostly Latin text) NULs in every other byte
 * and nowhere else.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1);
  const zeros = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 2]! += 1;
  const pairs = sample.length / 2;
  return pairs > 0 && ((zeros[0] === 0 && zeros[1]! > pairs / 2) || (zeros[1] === 0 && zeros[0]! > pairs / 2));
}
