import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraphDocument, type GraphDocument } from "@news-kg/schema";
import { writeGraphDocument } from "../src/write-graph-document.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-write-graph-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha256 = "0".repeat(64);
const evidence = { articleId: "a1", sentence: "Ông Kim gặp “ông Putin”.\nDòng hai", start: 0, end: 10, rule: "met" };

describe("writeGraphDocument", () => {
  it("writes JSON that reads back as the same document, one record per line", async () => {
    const document: GraphDocument = {
      articles: [{ id: "a1", lang: "vi", sha256, title: 'Tiêu đề "trích"' }],
      entities: [
        { id: "person:kim", name: "Kim Jong Un", type: "PERSON", aliases: ["Kim Jong-un"] },
        { id: "person:putin", name: "Vladimir Putin", type: "PERSON", aliases: [] },
      ],
      relations: [
        {
          id: "met:1",
          source: "person:kim",
          type: "MET",
          target: "person:putin",
          status: "occurred",
          properties: { cameo: "040" },
          confidence: 0.9,
          evidence: [evidence],
        },
      ],
      mentions: [],
    };
    const path = join(dir, "graph.json");
    await writeGraphDocument(path, document);
    const text = await readFile(path, "utf8");
    expect(parseGraphDocument(JSON.parse(text))).toEqual(document);
    expect(text.split("\n")).toEqual([
      "{",
      '"articles": [',
      `  ${JSON.stringify(document.articles[0])}`,
      "],",
      '"entities": [',
      `  ${JSON.stringify(document.entities[0])},`,
      `  ${JSON.stringify(document.entities[1])}`,
      "],",
      '"relations": [',
      `  ${JSON.stringify(document.relations[0])}`,
      "],",
      '"mentions": []',
      "}",
      "",
    ]);
  });

  it("writes a large document in chunks", async () => {
    const entities = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, name: `Tên ${i}`, type: "PERSON" as const, aliases: [] }));
    const path = join(dir, "large.json");
    await writeGraphDocument(path, { articles: [], entities, relations: [] });
    const read = JSON.parse(await readFile(path, "utf8"));
    expect(read.entities).toHaveLength(20_000);
    expect(read.entities[19_999]).toEqual(entities[19_999]);
    expect("mentions" in read).toBe(false);
  });

  it("fails on a record JSON cannot write", async () => {
    const path = join(dir, "cyclic.json");
    const cyclic: Record<string, unknown> = { id: "a" };
    cyclic.self = cyclic;
    await expect(writeGraphDocument(path, { articles: [cyclic as never], entities: [], relations: [] })).rejects.toThrow(/circular/i);
  });
});
