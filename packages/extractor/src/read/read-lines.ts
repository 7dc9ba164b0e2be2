/** A line of a file (without the line break), or the number of a line longer than the limit. */
export type Line = { line: number; bytes: Uint8Array } | { line: number; overLimit: true };

/**
 * The lines of a stream of chunks as raw bytes, streamed (JSONL batches can be large). A line is given up
 * as soon as it passes `maxLineBytes`, and the rest of it skipped unread, so one endless line costs no
 * more memory than the limit.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let line = 0;
  for await (const chunk of chunks) {
    let data = chunk;
    let newline: number;
    while ((newline = data.indexOf(0x0a)) >= 0) {
      line++;
      if (!skipping) {
        const bytes = Buffer.concat([...pending, data.subarray(0, newline)]);
        yield bytes.length > maxLineBytes ? { line, overLimit: true } : { line, bytes: stripCarriageReturn(bytes) };
      }
      skipping = false;
      pending = [];
      pendingBytes = 0;
      data = data.subarray(newline + 1);
    }
    if (skipping || !data.length) continue;
    pending.push(Buffer.from(data));
    pendingBytes += data.length;
    if (pendingBytes > maxLineBytes) {
      yield { line: line + 1, overLimit: true };
      skipping = true;
      pending = [];
      pendingBytes = 0;
    }
  }
  if (pendingBytes) yield { line: line + 1, bytes: stripCarriageReturn(Buffer.concat(pending)) };
}

const stripCarriageReturn = (bytes: Buffer) => (bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes);
