import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseGraphDocument } from "@news-kg/schema";
import { ExtractPool } from "../src/extract-pool.ts";
import { workerCount } from "../src/extract-files.ts";
import { extractFiles, formatFailure, formatWarning } from "../src/index.ts";

const CORPUS = fileURLToPath(new URL("../../../corpus/", import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-extract-files-"));
  // The sample corpus, the same articles again as one JSONL batch (other ids) with one broken line, and bad files.
  await cp(CORPUS, join(dir, "a-corpus"), { recursive: true });
  const names = (await readdir(CORPUS)).filter((n) => n.endsWith(".txt")).sort();
  const records = await Promise.all(
    names.map(async (n, i) => JSON.stringify({ id: `copy-${i}`, text: await readFile(join(CORPUS, n), "utf8") })),
  );
  records.splice(2, 0, '{"id": "broken", "text": ');
  await writeFile(join(dir, "b-batch.jsonl"), records.join("\n") + "\n");
  await mkdir(join(dir, "c-bad"));
  await writeFile(join(dir, "c-bad", "binary.txt"), new Uint8Array([1, 2, 0, 3]));
  await writeFile(join(dir, "c-bad", "empty.md"), "");
  await writeFile(join(dir, "c-bad", "000_98da38464c2d73ea.txt"), "Trùng tên với một bài đã đọc.");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("extractFiles", () => {
  it("extracts every readable article into a valid document and reports the rest in input order", async () => {
    const progress: [number, number][] = [];
    const { document, failures, warnings } = await extractFiles([dir], { onProgress: (done, total) => progress.push([done, total]) });
    expect(() => parseGraphDocument(document)).not.toThrow();
    expect(document.articles.map((a) => a.id).sort()).toEqual(
      [
        "000_98da38464c2d73ea",
        "001_ed244e5b513cb22f",
        "002_7383740b45c812be",
        "003_30d6cea7bdaef247",
        "004_1d707402690d7645",
        "copy-0",
        "copy-1",
        "copy-2",
        "copy-3",
        "copy-4",
      ].sort(),
    );
    expect(document.articles.every((a) => a.lang === "vi")).toBe(true);
    expect(warnings).toEqual([]);
    expect(failures.map(formatFailure)).toEqual([
      `extract: ${join(dir, "b-batch.jsonl")}:3: invalid JSON: Unexpected end of JSON input`,
      `extract: ${join(dir, "c-bad", "000_98da38464c2d73ea.txt")}: duplicate article id "000_98da38464c2d73ea" (already read from ${join(dir, "a-corpus", "000_98da38464c2d73ea.txt")})`,
      `extract: ${join(dir, "c-bad", "binary.txt")}: binary content (NUL bytes), not a text article`,
      `extract: ${join(dir, "c-bad", "empty.md")}: empty`,
    ]);
    expect(progress.at(-1)).toEqual([9, 9]);
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("gives the same document with worker threads as on one thread", async () => {
    const single = await extractFiles([join(dir, "a-corpus"), join(dir, "b-batch.jsonl")], { workers: 1 });
    const pooled = await extractFiles([join(dir, "a-corpus"), join(dir, "b-batch.jsonl")], { workers: 2 });
    expect(pooled.failures).toEqual(single.failures);
    expect(JSON.stringify(pooled.document)).toBe(JSON.stringify(single.document));
    expect(single.document.articles).toHaveLength(10);
  });

  it("--workers 64 on 5 files starts no more workers than cores and files (was 69 s, 3 GB)", async () => {
    const start = vi.spyOn(ExtractPool, "start");
    try {
      const { document } = await extractFiles([join(dir, "a-corpus")], { workers: 64 });
      expect(document.articles).toHaveLength(5);
      const started = start.mock.calls.map(([size]) => size);
      expect(Math.max(1, ...started)).toBeLessThanOrEqual(Math.min(availableParallelism(), 5));
    } finally {
      start.mockRestore();
    }
    expect(workerCount(64, ["a.txt", "b.md"])).toBe(Math.min(availableParallelism(), 2));
    expect(workerCount(64, ["batch.jsonl"])).toBe(availableParallelism());
    expect(workerCount(3, ["a.txt"])).toBe(1);
  });

  it("reports paths that do not exist and still extracts the others", async () => {
    const { document, failures } = await extractFiles([join(dir, "nope"), join(dir, "a-corpus", "001_ed244e5b513cb22f.txt")]);
    expect(document.articles.map((a) => a.id)).toEqual(["001_ed244e5b513cb22f"]);
    expect(failures).toEqual([{ file: join(dir, "nope"), reason: "no such file or directory" }]);
  });

  it("fails as a whole on a broken lexicon file, with workers too", async () => {
    const lexicon = join(dir, "bad-lexicon.json");
    await writeFile(lexicon, "{ not json");
    await expect(extractFiles([join(dir, "a-corpus")], { lexiconPaths: [lexicon] })).rejects.toThrow(/bad-lexicon\.json/);
    await expect(extractFiles([join(dir, "a-corpus")], { lexiconPaths: [lexicon], workers: 2 })).rejects.toThrow(/bad-lexicon\.json/);
  });

  it("reads each article in its declared language, else the detected one, else --lang, and warns of languages without a pack", async () => {
    const languages = join(dir, "languages");
    await mkdir(languages);
    // Invented articles: French (detected), Vietnamese text declared German, one too short to tell, a batch.
    await writeFile(
      join(languages, "a-fr.txt"),
      "Le président de Xylandia, Ivo Brann, a rencontré mardi à Paris le ministre des Affaires étrangères de la Russie.\n",
    );
    await writeFile(join(languages, "b-declared.md"), "---\nlang: de\n---\nTổng thống Nga Vladimir Putin đã đến thăm Bình Nhưỡng.\n");
    await writeFile(join(languages, "c-short.txt"), "Putin, Kim, 2024.\n");
    const records = [
      { id: "en-1", text: "President Vladimir Putin arrived in Pyongyang on Wednesday for talks with the leader of North Korea." },
      { id: "vi-declared", lang: "vi-VN", text: "The text is English, but the record says otherwise." },
    ];
    await writeFile(join(languages, "d-batch.jsonl"), records.map((r) => JSON.stringify(r)).join("\n"));
    await writeFile(
      join(languages, "f-page.html"),
      '<html lang="en-GB"><body><article><p>Tổng thống Nga Vladimir Putin đã đến thăm Bình Nhưỡng.</p></article></body></html>',
    );

    const plain = await extractFiles([languages]);
    const langOf = (id: string) => plain.document.articles.find((a) => a.id === id)?.lang;
    expect(["a-fr", "b-declared", "c-short", "en-1", "vi-declared", "f-page"].map(langOf)).toEqual(["fr", "de", "vi", "en", "vi", "en"]);
    expect(plain.failures).toEqual([]);
    expect(plain.warnings.map(formatWarning)).toEqual([
      `extract: ${join(languages, "a-fr.txt")}: warning: French (fr, detected) has no language pack (vi, en): only names in the lexicon are recognized`,
      `extract: ${join(languages, "b-declared.md")}: warning: German (de, declared) has no language pack (vi, en): only names in the lexicon are recognized`,
      `extract: ${join(languages, "c-short.txt")}: warning: language neither declared nor detected: read as vi (Vietnamese); --lang sets it`,
    ]);
    // Names from the lexicon are still found in an article without a pack.
    const names = new Set(plain.document.entities.map((e) => e.name));
    expect(names).toContain("Vladimir Putin");

    const given = await extractFiles([languages], { lang: "en" });
    expect(given.document.articles.find((a) => a.id === "c-short")?.lang).toBe("en");
    expect(given.document.articles.find((a) => a.id === "a-fr")?.lang).toBe("fr");
    expect(given.warnings.map((w) => [w.lang, w.langSource])).toEqual([
      ["fr", "detected"],
      ["de", "declared"],
    ]);

    const french = await extractFiles([join(languages, "d-batch.jsonl")], { lang: "fr" });
    expect(french.warnings).toEqual([]);
    await writeFile(join(languages, "e-batch.jsonl"), JSON.stringify({ id: "fr-1", lang: "fr", text: "Ivo Brann." }));
    expect((await extractFiles([join(languages, "e-batch.jsonl")])).warnings.map(formatWarning)).toEqual([
      `extract: ${join(languages, "e-batch.jsonl")}: warning: article "fr-1": French (fr, declared) has no language pack (vi, en): only names in the lexicon are recognized`,
    ]);
  });
});
