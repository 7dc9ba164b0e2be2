import { describe, expect, it } from "vitest";
import { formatScore, norm, score, type EntitiesDoc, type GoldDoc, type ScoredGraph } from "../src/index.ts";

// A hand-made case whose numbers were worked out by hand (and checked once against the reference scorer).
const entities: EntitiesDoc = {
  entities: {
    "Vladimir Putin": { type: "PERSON", aliases: ["Putin", "V. Putin"] },
    "Kim Jong Un": { type: "PERSON", aliases: ["Kim Jong-un"] },
    Russia: { type: "COUNTRY", aliases: ["Nga", "Mátxcơva"] },
    "North Korea": { type: "COUNTRY", aliases: ["Triều Tiên", "Bình Nhưỡng"] },
  },
};

const gold: GoldDoc = {
  articles: {
    a1: {
      triples: [
        ["Vladimir Putin", "MET", "Kim Jong Un", "occurred"],
        ["Kim Jong Un", "VISITED", "Russia", "occurred"],
        ["Vladimir Putin", "OFFICIAL_OF", "Russia"],
        ["North Korea", "SUPPLIED", "Russia", "alleged"],
      ],
      optional: [["Russia", "SUPPORTED", "North Korea"]],
    },
    a2: { triples: [["Vladimir Putin", "VISITED", "North Korea", "planned"]] },
  },
};

const ev = (articleId: string) => ({ articleId, sentence: "…", start: 0, end: 1, rule: "test" });
const graph: ScoredGraph = {
  entities: [
    { id: "e1", name: "Kim Jong-un" }, // by name, hyphen ignored
    { id: "e2", name: "Tổng thống Putin", aliases: ["V. Putin"] }, // by alias
    { id: "e3", name: "Mátxcơva" },
    { id: "e4", name: "BÌNH NHƯỠNG" }, // case and diacritics ignored
    { id: "e5", name: "Lavrov" }, // not in entities.json
  ],
  relations: [
    { source: "e2", type: "MET", target: "e1", status: "occurred", evidence: [ev("corpus/a1.txt"), ev("a2")] }, // a1 tp (symmetric), a2 fp
    { source: "e1", type: "MET", target: "e2", status: "planned", evidence: [ev("a1")] }, // same key in a1: counted once
    { source: "e1", type: "VISITED", target: "e3", status: "planned", evidence: [ev("a1")] }, // tp, wrong status
    { source: "e2", type: "OFFICIAL_OF", target: "e3", evidence: [ev("a1")] }, // tp, no status asked
    { source: "e3", type: "SUPPORTED", target: "e4", status: "occurred", evidence: [ev("a1")] }, // optional: neither
    { source: "e2", type: "VISITED", target: "e4", status: "planned", evidence: [ev("a2.md")] }, // tp, right status
    { source: "e5", type: "CRITICIZED", target: "e3", status: "occurred", evidence: [ev("a1")] }, // fp
    { source: "e2", type: "RELATED_TO", target: "e1", evidence: [ev("a1")] }, // not scored
    { source: "e9", type: "MET", target: "e1", evidence: [ev("a1")] }, // unknown entity: skipped
    { source: "e1", type: "VISITED", target: "e3", evidence: [ev("a3")] }, // article without gold: ignored
  ],
};

describe("score", () => {
  const result = score(graph, gold, entities);

  it("counts micro-averaged matches over articles", () => {
    const { precision, recall, f1, statusAccuracy, ...counts } = result.micro;
    expect(counts).toEqual({ tp: 4, fp: 2, fn: 1, statusRight: 2, statusAsked: 3 });
    expect(precision).toBeCloseTo(4 / 6, 12);
    expect(recall).toBeCloseTo(4 / 5, 12);
    expect(f1).toBeCloseTo(8 / 11, 12);
    expect(statusAccuracy).toBeCloseTo(2 / 3, 12);
  });

  it("counts per predicate", () => {
    expect(result.perPredicate.MET).toEqual({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(result.perPredicate.VISITED).toEqual({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(result.perPredicate.OFFICIAL_OF).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(result.perPredicate.SUPPLIED).toEqual({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(result.perPredicate.CRITICIZED).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(result.perPredicate.SUPPORTED).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(Object.keys(result.perPredicate)).toHaveLength(14);
  });

  it("lists misses and extras by article", () => {
    expect(result.misses).toEqual(["a1\tNorth Korea\tSUPPLIED\tRussia"]);
    expect(result.extras).toEqual(["a1\t?lavrov\tCRITICIZED\tRussia", "a2\tKim Jong Un\tMET\tVladimir Putin"]);
  });

  it("prints the reference report", () => {
    expect(formatScore(result, { verbose: true }).split("\n")).toEqual([
      "predicate      tp   fp   fn   P      R      F1",
      "MET             1    1    0   50.0  100.0   66.7",
      "VISITED         2    0    0  100.0  100.0  100.0",
      "CRITICIZED      0    1    0    0.0    0.0    0.0",
      "SUPPLIED        0    0    1    0.0    0.0    0.0",
      "OFFICIAL_OF     1    0    0  100.0  100.0  100.0",
      "missed\ta1\tNorth Korea\tSUPPLIED\tRussia",
      "extra\ta1\t?lavrov\tCRITICIZED\tRussia",
      "extra\ta2\tKim Jong Un\tMET\tVladimir Putin",
      "events only: P  60.0%  R  75.0%  F1  66.7%  (tp 3, fp 2, fn 1)",
      "status accuracy on matched triples:  66.7% (2/3)",
      "micro: P  66.7%  R  80.0%  F1  72.7%  (tp 4, fp 2, fn 1)",
    ]);
  });

  it("scores an empty graph as all misses", () => {
    const empty = score({ entities: [], relations: [] }, gold, entities);
    expect(empty.micro).toMatchObject({ tp: 0, fp: 0, fn: 5, precision: 0, recall: 0, f1: 0 });
  });
});

describe("norm", () => {
  // The folding itself is foldName's, tested in packages/text-fold.
  it("takes any value, as the reference scorer does: nothing is the empty name", () => {
    expect(norm(undefined)).toBe("");
    expect(norm(null)).toBe("");
    expect(norm(1987)).toBe("1987");
  });
});
