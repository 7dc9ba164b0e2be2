import { describe, expect, it } from "vitest";
import { type EntitiesDoc, formatReport, type GoldDoc, parseSplit, type ScoredGraph, scoreReport } from "../src/index.ts";

// One Vietnamese and one English article, counts worked out by hand:
//   vi-01: MET tp, VISITED fp, OFFICIAL_OF fn            → tp 1, fp 1, fn 1: P 1/2, R 1/2, F1 1/2
//   en-01: MET tp, SIGNED tp (symmetric), SUPPLIED fn     → tp 2, fp 0, fn 1: P 1,   R 2/3, F1 4/5
//   both                                                  → tp 3, fp 1, fn 2: P 3/4, R 3/5, F1 2/3
const entities: EntitiesDoc = {
  entities: {
    "Vladimir Putin": { aliases: ["Putin", "Tổng thống Putin"] },
    "Kim Jong Un": { aliases: ["Kim Jong-un"] },
    Russia: { aliases: ["Nga"] },
    "North Korea": { aliases: ["Triều Tiên"] },
  },
};

const gold: GoldDoc = {
  articles: {
    "vi-01": {
      triples: [
        ["Vladimir Putin", "MET", "Kim Jong Un", "occurred"],
        ["Vladimir Putin", "OFFICIAL_OF", "Russia"],
      ],
    },
    "en-01": {
      triples: [
        ["Kim Jong Un", "MET", "Vladimir Putin"],
        ["North Korea", "SIGNED", "Russia"],
        ["North Korea", "SUPPLIED", "Russia"],
      ],
    },
  },
};

const viSentence = "Tổng thống Putin đã hội đàm với Chủ tịch Kim Jong Un tại Bình Nhưỡng.";
const ev = (articleId: string, sentence: string) => ({ articleId, sentence, start: 0, end: 1, rule: "test" });
const graph: ScoredGraph = {
  articles: [
    { id: "corpus/vi-01.txt", lang: "vi", title: "Tổng thống Nga hội đàm với nhà lãnh đạo Triều Tiên" },
    { id: "corpus/en-01.txt", lang: "en" },
  ],
  entities: [
    { id: "e1", name: "Tổng thống Putin" },
    { id: "e2", name: "Kim Jong-un" },
    { id: "e3", name: "Nga" },
    { id: "e4", name: "Triều Tiên" },
  ],
  relations: [
    { source: "e1", type: "MET", target: "e2", status: "occurred", evidence: [ev("corpus/vi-01.txt", viSentence)] },
    { source: "e1", type: "VISITED", target: "e4", evidence: [ev("corpus/vi-01.txt", viSentence)] },
    { source: "e2", type: "MET", target: "e1", evidence: [ev("corpus/en-01.txt", "Putin met Kim Jong Un in Pyongyang on Wednesday.")] },
    {
      source: "e3",
      type: "SIGNED",
      target: "e4",
      evidence: [ev("corpus/en-01.txt", "Russia and North Korea signed a partnership treaty.")],
    },
  ],
};

const counts = ({
  tp,
  fp,
  fn,
  precision,
  recall,
  f1,
}: {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}) => [tp, fp, fn, +precision.toFixed(12), +recall.toFixed(12), +f1.toFixed(12)];

describe("scoreReport", () => {
  it("scores each language apart, as the graph records it", () => {
    const report = scoreReport(graph, gold, entities);
    expect(report.articleLanguages).toEqual({ "vi-01": "vi", "en-01": "en" });
    expect(Object.keys(report.languages)).toEqual(["en", "vi"]); // as many articles each: by name
    expect(report.languages.vi!.articles).toEqual(["vi-01"]);
    expect(counts(report.languages.vi!.micro)).toEqual([1, 1, 1, 0.5, 0.5, 0.5]);
    expect(report.languages.vi!.misses).toEqual(["vi-01\tVladimir Putin\tOFFICIAL_OF\tRussia"]);
    expect(counts(report.languages.en!.micro)).toEqual([2, 0, 1, 1, +(2 / 3).toFixed(12), 0.8]);
    expect(report.languages.en!.perPredicate.SIGNED).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.articles).toEqual(["vi-01", "en-01"]);
    expect(counts(report.micro)).toEqual([3, 1, 2, 0.75, 0.6, +(2 / 3).toFixed(12)]);
    expect(report.splits).toEqual({});
  });

  it("scores a split and the rest apart", () => {
    const report = scoreReport(graph, gold, entities, { splits: [parseSplit("check=en-*")] });
    expect(Object.keys(report.splits)).toEqual(["check", "rest"]);
    const { check, rest } = report.splits;
    expect(check!.articles).toEqual(["en-01"]);
    expect(Object.keys(check!.languages)).toEqual(["en"]);
    expect(counts(check!.micro)).toEqual([2, 0, 1, 1, +(2 / 3).toFixed(12), 0.8]);
    expect(rest!.articles).toEqual(["vi-01"]);
    expect(counts(rest!.languages.vi!.micro)).toEqual([1, 1, 1, 0.5, 0.5, 0.5]);
    expect(counts(report.micro)).toEqual([3, 1, 2, 0.75, 0.6, +(2 / 3).toFixed(12)]); // every article still
  });

  it("leaves out an empty rest, refuses a split that matches nothing", () => {
    expect(Object.keys(scoreReport(graph, gold, entities, { splits: [parseSplit("both=*-01")] }).splits)).toEqual(["both"]);
    expect(() => scoreReport(graph, gold, entities, { splits: [parseSplit("check=dev-35..dev-40")] })).toThrow("matches no gold article");
    expect(() => scoreReport(graph, gold, entities, { splits: [parseSplit("a=vi-*"), parseSplit("a=en-*")] })).toThrow("given twice");
  });

  it("gives a gold article the graph does not have the language ?", () => {
    const more: GoldDoc = { articles: { ...gold.articles, gone: { triples: [["Kim Jong Un", "VISITED", "Russia"]] } } };
    const report = scoreReport(graph, more, entities);
    expect(report.articleLanguages.gone).toBe("?");
    expect(counts(report.languages["?"]!.micro)).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it("prints a table per language, every article, then micro by part and language", () => {
    const text = formatReport(scoreReport(graph, gold, entities, { splits: [parseSplit("check=en-*")] }));
    const sections = text.split("\n\n");
    expect(sections.map((s) => s.split("\n")[0])).toEqual([
      "== en: 1 article",
      "== vi: 1 article",
      "== all: 2 articles, every language",
      "== micro by part and language",
    ]);
    expect(sections[1]).toContain("micro: P  50.0%  R  50.0%  F1  50.0%  (tp 1, fp 1, fn 1)");
    expect(sections[2]).toContain("micro: P  75.0%  R  60.0%  F1  66.7%  (tp 3, fp 1, fn 2)");
    expect(sections[3]!.split("\n").slice(1)).toEqual([
      "part         lang  articles    tp    fp    fn   P      R      F1",
      "all          en           1     2     0     1  100.0   66.7   80.0",
      "all          vi           1     1     1     1   50.0   50.0   50.0",
      "all          all          2     3     1     2   75.0   60.0   66.7",
      "check        en           1     2     0     1  100.0   66.7   80.0",
      "rest         vi           1     1     1     1   50.0   50.0   50.0",
    ]);
  });

  it("prints the plain report for one language and no split", () => {
    const viOnly: GoldDoc = { articles: { "vi-01": gold.articles["vi-01"]! } };
    const text = formatReport(scoreReport(graph, viOnly, entities));
    expect(text.startsWith("predicate")).toBe(true);
    expect(text).not.toContain("==");
  });
});
