import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEval } from "../src/commands/eval.ts";
import { runKg } from "./helpers/run-kg.ts";

let dir: string;

const kg = (...args: string[]) => runKg(args);

// A made-up graph of one Vietnamese and one English article, each with the language the extractor recorded:
// vi-01 tp 1, fn 1; en-01 tp 1, fp 1.
const graph = {
  articles: [
    { id: "vi-01.txt", lang: "vi", title: "Tổng thống Nga hội đàm với nhà lãnh đạo Triều Tiên" },
    { id: "en-01.txt", lang: "en", title: "Russian President Putin meets North Korean leader Kim Jong Un" },
  ],
  entities: [
    { id: "p", name: "Putin" },
    { id: "k", name: "Kim Jong Un" },
  ],
  relations: [
    { source: "p", type: "MET", target: "k", evidence: [{ articleId: "vi-01.txt" }, { articleId: "en-01.txt" }] },
    { source: "p", type: "VISITED", target: "k", evidence: [{ articleId: "en-01.txt" }] },
  ],
};
const gold = {
  articles: {
    "vi-01": {
      triples: [
        ["Vladimir Putin", "MET", "Kim Jong Un"],
        ["Vladimir Putin", "OFFICIAL_OF", "Russia"],
      ],
    },
    "en-01": { triples: [["Kim Jong Un", "MET", "Vladimir Putin"]] },
  },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-eval-cmd-"));
  await writeFile(join(dir, "graph.json"), JSON.stringify(graph));
  await writeFile(join(dir, "gold.json"), JSON.stringify(gold));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kg eval on the bundled sample corpus", () => {
  it("extracts with micro precision >= 0.90 and F1 >= 0.85", async () => {
    const { micro, languages } = await runEval({});
    expect(micro.precision).toBeGreaterThanOrEqual(0.9);
    expect(micro.f1).toBeGreaterThanOrEqual(0.85);
    expect(Object.keys(languages)).toEqual(["vi"]);
  });

  it("reads the corpus in the language --lang gives", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-eval-lang-"));
    try {
      await writeFile(join(dir, "a.txt"), "French President Emmanuel Macron praised India.\n");
      const gold = { articles: { a: { triples: [["Emmanuel Macron", "PRAISED", "India", "occurred"]] } } };
      await writeFile(join(dir, "gold.json"), JSON.stringify(gold));
      const corpus = join(dir, "a.txt");
      expect((await runEval({ corpus, gold: join(dir, "gold.json"), lang: "en" })).perPredicate.PRAISED?.tp).toBe(1);
      expect((await runEval({ corpus, gold: join(dir, "gold.json"), lang: "vi" })).perPredicate.PRAISED?.tp).toBe(0);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("does not read a gold file kept inside the corpus as an article", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-eval-gold-inside-"));
    try {
      await writeFile(join(dir, "a.txt"), "---\nlang: en\n---\nFrench President Emmanuel Macron praised India.\n");
      const gold = { articles: { a: { triples: [["Emmanuel Macron", "PRAISED", "India", "occurred"]] } } };
      await writeFile(join(dir, "gold.json"), JSON.stringify(gold));
      const { stdout, stderr, code } = kg("eval", "--corpus", dir, "--gold", join(dir, "gold.json"));
      expect(code).toBe(0);
      expect(stderr).not.toContain("gold.json");
      expect(stdout).toMatch(/PRAISED\s+1\s+0\s+0/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("refuses --graph together with --corpus", async () => {
    await expect(runEval({ graph: "g.json", corpus: "corpus" })).rejects.toThrow("either --graph or --corpus");
  });
});

describe("kg eval per language and --split", () => {
  const files = () => ["--graph", join(dir, "graph.json"), "--gold", join(dir, "gold.json")];

  it("gives languages and splits in --json", () => {
    const { code, stdout } = kg("eval", ...files(), "--split", "check=en-*", "--split", "viet=vi-01", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.articleLanguages).toEqual({ "vi-01": "vi", "en-01": "en" });
    expect(report.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.languages.vi.micro).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(report.languages.en.micro).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(Object.keys(report.splits)).toEqual(["check", "viet"]); // no article left for a rest
    expect(report.splits.check.articles).toEqual(["en-01"]);
    expect(report.splits.viet.micro).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it("prints micro by part and language", () => {
    const { code, stdout } = kg("eval", ...files(), "--split", "check=en-*");
    expect(code).toBe(0);
    expect(stdout).toContain("== en: 1 article\n");
    expect(stdout).toContain("\ncheck        en           1     1     1     0   50.0  100.0   66.7\n");
    expect(stdout).toContain("\nrest         vi           1     1     0     1  100.0   50.0   66.7\n");
  });

  it("refuses a split it cannot read, or one that matches no article", () => {
    const bad = kg("eval", ...files(), "--split", "check");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("expected name=pattern");
    const none = kg("eval", ...files(), "--split", "check=dev-35..dev-40");
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("matches no gold article");
  });
});
