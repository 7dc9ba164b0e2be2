// An article's relations depend only on its own text, its metadata and the lexicon, never on the other
// articles of the batch: reloading one changed article must not change facts it never stated.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphDocument, Relation } from "@news-kg/schema";
import { describe, expect, it } from "vitest";
import { extractFiles } from "../src/index.ts";
import { mergeRelations } from "../src/relate/build-relation.ts";

const CORPUS = fileURLToPath(new URL("../../../corpus/", import.meta.url));

/** The facts a document holds for one article: ends by name, type, status, date; each with its evidence there. */
function factsOf(document: GraphDocument, articleId: string): string[] {
  const name = new Map(document.entities.map((e) => [e.id, e.name]));
  return document.relations
    .map((r) => ({ r, evidence: r.evidence.filter((e) => e.articleId === articleId).map((e) => `${e.start}-${e.end} ${e.rule}`) }))
    .filter(({ evidence }) => evidence.length > 0)
    .map(
      ({ r, evidence }) => `${name.get(r.source)} ${r.type} ${name.get(r.target)} ${r.status} ${r.date ?? "undated"} [${evidence.sort()}]`,
    )
    .sort();
}

describe("article independence", () => {
  it("gives each sample article alone exactly the relations it gives inside the whole batch", async () => {
    const batch = await extractFiles([CORPUS]);
    const files = (await readdir(CORPUS)).filter((n) => n.endsWith(".txt")).sort();
    expect(files).toHaveLength(batch.document.articles.length);
    for (const file of files) {
      const alone = await extractFiles([join(CORPUS, file)]);
      const articleId = alone.document.articles[0]!.id;
      expect(factsOf(alone.document, articleId).length).toBeGreaterThan(0);
      expect(factsOf(batch.document, articleId), file).toEqual(factsOf(alone.document, articleId));
    }
  }, 60_000);
});

describe("mergeRelations", () => {
  const relation = (articleId: string, date?: string): Relation => ({
    id: date ? "visited:dated" : "visited:undated",
    source: "person:a",
    type: "VISITED",
    target: "country:b",
    status: "occurred",
    ...(date ? { date } : {}),
    properties: {},
    confidence: 0.9,
    evidence: [{ articleId, start: 0, end: 10, rule: "visit", sentence: "A visited B." }],
  });

  it("joins an undated fact to its only dated twin within one article", () => {
    const merged = mergeRelations([relation("x", "2000-07"), relation("x")], { joinUndatedTwins: true });
    expect(merged.map((r) => [r.date, r.evidence.length])).toEqual([["2000-07", 1]]); // same evidence key: kept once
  });

  it("keeps an undated fact of one article apart from another article's dated twin", () => {
    const merged = mergeRelations([relation("x", "2000-07"), relation("y")], { joinUndatedTwins: false });
    expect(merged.map((r) => [r.date ?? "undated", r.evidence.map((e) => e.articleId)])).toEqual([
      ["2000-07", ["x"]],
      ["undated", ["y"]],
    ]);
  });
});
