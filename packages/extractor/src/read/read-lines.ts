import { createReadStream } from "node:fs";

/** The lines of a file as raw bytes (without the line break), streamed: JSONL batches can be large. */
export async function* readLines(path: string): AsyncGenerator<{ bytes: Uint8Array; line: number }> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let data = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let newline: number;
    while ((newline = data.indexOf(0x0a)) >= 0) {
      line++;
      yield { bytes: stripCarriageReturn(data.subarray(0, newline)), line };
      data = data.subarray(newline + 1);
    }
    pending = Buffer.from(data);
  }
  if (pending.length) yield { bytes: stripCarriageReturn(pending), line: line + 1 };
}

const stripCarriageReturn = (bytes: Buffer) => (bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes);
