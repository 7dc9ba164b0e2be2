// Vietnamese constructions, each tested on an invented sentence named after the pattern it covers.
import { describe, expect, it } from "vitest";
import { compileLexicon } from "../src/lexicon/lexicon.ts";
import { LexiconData } from "../src/lexicon/lexicon-data.ts";
import { extractArticle } from "../src/pipeline.ts";
import { testLexiconData } from "./fixtures/test-lexicon.ts";

const lexicon = compileLexicon([
  testLexiconData,
  LexiconData.parse({
    countries: [
      { name: "France", aliases: ["Pháp"], capitals: ["Paris"] },
      { name: "China", aliases: ["Trung Quốc"], capitals: ["Bắc Kinh"] },
      { name: "India", aliases: ["Ấn Độ"], capitals: ["New Delhi"] },
      { name: "Cuba", aliases: ["Cuba"], capitals: ["La Habana"] },
    ],
  }),
]);

function triples(text: string, published = "2024-06-18"): string[] {
  const x = extractArticle({ id: "a", file: "a.txt", text, published }, lexicon);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)} [${r.status}]`).sort();
}

describe("Vietnamese patterns", () => {
  it("a country whose name ends in a nominalizer's word still acts: 'Pháp lên án chính sách của Mỹ'", () => {
    expect(triples("Pháp lên án chính sách thuế quan của Mỹ.")).toEqual(["France CRITICIZED United States [occurred]"]);
  });
});
