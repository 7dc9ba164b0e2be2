import { describe, expect, it } from "vitest";
import { searchKey } from "../src/core/search/search-key.ts";
import { createSearchIndex } from "../src/core/search/search-index.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

describe("searchKey", () => {
  // The folding itself (diacritics, đ, case, white space) is foldText's, tested in packages/text-fold.
  it("takes every run of punctuation for a space", () => {
    expect(searchKey("(Bình-Nhưỡng)")).toBe("binh nhuong");
    expect(searchKey("O'Brien, Jr.")).toBe("o brien jr");
  });

  it("keeps decomposed letters whole", () => {
    expect(searchKey("Láp-rốp".normalize("NFD"))).toBe("lap rop");
  });
});

describe("createSearchIndex", () => {
  const index = createSearchIndex(miniGraph().entities);

  it("finds names without their diacritics", () => {
    expect(index.search("binh nhuong")[0]).toEqual({ entityId: "location:binh-nhuong", name: "Bình Nhưỡng" });
    expect(index.search("dien")[0]?.entityId).toBe("organization:dien-kremlin");
  });

  it("matches a later word of a name by prefix", () => {
    expect(index.search("putin")[0]?.entityId).toBe("person:vladimir-putin");
    expect(index.search("PUT")[0]?.entityId).toBe("person:vladimir-putin");
  });

  it("finds entities by alias and says which alias matched", () => {
    expect(index.search("pyongyang")).toEqual([{ entityId: "location:binh-nhuong", name: "Bình Nhưỡng", matchedAlias: "Pyongyang" }]);
    expect(index.search("lap rop")[0]).toMatchObject({ entityId: "person:sergei-lavrov", matchedAlias: "Xéc-gây Láp-rốp" });
  });

  it("lists each entity once, best match first, and respects the limit", () => {
    const hits = index.search("kim");
    expect(hits.map((h) => h.entityId)).toEqual(["person:kim-jong-un"]);
    expect(index.search("n", 2)).toHaveLength(2);
  });

  it("returns nothing for blank or unmatched queries", () => {
    expect(index.search("  ")).toEqual([]);
    expect(index.search("zelensky")).toEqual([]);
  });
});
