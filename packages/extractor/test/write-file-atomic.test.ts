import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../src/write-file-atomic.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-write-atomic-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes a string, making the directories it needs, and leaves no temporary file", async () => {
    const path = join(dir, "nested", "deeper", "a.txt");
    await writeFileAtomic(path, "Bình Nhưỡng\n");
    expect(await readFile(path, "utf8")).toBe("Bình Nhưỡng\n");
    expect(await readdir(join(dir, "nested", "deeper"))).toEqual(["a.txt"]);
  });

  it("writes chunks, sync or async, one after the other, over an existing file", async () => {
    const path = join(dir, "chunks.txt");
    await writeFile(path, "old content, longer than the new");
    await writeFileAtomic(path, ["a", "b", "c"]);
    expect(await readFile(path, "utf8")).toBe("abc");
    await writeFileAtomic(
      path,
      (async function* () {
        yield "đ";
        yield "e";
      })(),
    );
    expect(await readFile(path, "utf8")).toBe("đe");
  });

  it("leaves an existing file untouched and removes the temporary file when the content fails midway", async () => {
    const path = join(dir, "kept.txt");
    await writeFile(path, "old");
    function* failing(): Generator<string> {
      yield "half of it";
      throw new Error("no more content");
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow("no more content");
    expect(await readFile(path, "utf8")).toBe("old");
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
