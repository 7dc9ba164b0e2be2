import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { extractFiles } from "../src/extract-files.ts";

// A parser that fails in a way nobody foresaw (here: Markdown of one file throws a TypeError).
vi.mock("../src/read/markdown-to-text.ts", async (original) => {
  const real = await original<typeof import("../src/read/markdown-to-text.ts")>();
  return {
    markdownToText: (markdown: string) => {
      if (markdown.includes("BOOM")) throw new TypeError("parser bug");
      return real.markdownToText(markdown);
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-unexpected-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("extractFiles", () => {
  it("an unexpected error in one file's parser is that file's one failure; the batch goes on", async () => {
    const bad = join(dir, "a-bad.md");
    await writeFile(bad, "BOOM\n");
    await writeFile(join(dir, "b-good.md"), "Ông Kim gặp ông Putin tại Bình Nhưỡng.\n");
    const { document, failures } = await extractFiles([dir]);
    expect(failures).toEqual([{ file: bad, reason: "cannot be read: parser bug" }]);
    expect(document.articles.map((a) => a.id)).toEqual(["b-good"]);
  });
});
