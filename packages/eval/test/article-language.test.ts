import { describe, expect, it } from "vitest";
import { articleLanguages } from "../src/index.ts";

describe("articleLanguages", () => {
  it("takes each article's recorded language by article key, ? where none is recorded", () => {
    const graph = { articles: [{ id: "corpus/a.txt", lang: "en" }, { id: "corpus/b.txt", lang: "vi" }, { id: "c.json" }] };
    expect(Object.fromEntries(articleLanguages(graph))).toEqual({ a: "en", b: "vi", c: "?" });
  });
});
