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
    expect(index.search("binh nhuong")).toEqual([{ entityId: "location:binh-nhuong", name: "Bình Nhưỡng" }]);
    expect(index.search("dien")).toEqual([{ entityId: "organization:dien-kremlin", name: "Điện Kremlin" }]);
  });

  it("matches a later word of a name by prefix", () => {
    // The alias "Putin" answers better (whole, or its start) than the name's second word.
    const putin = { entityId: "person:vladimir-putin", name: "Vladimir Putin", matchedAlias: "Putin" };
    expect(index.search("putin")).toEqual([putin]);
    expect(index.search("PUT")).toEqual([putin]);
  });

  it("finds entities by alias and says which alias matched", () => {
    expect(index.search("pyongyang")).toEqual([{ entityId: "location:binh-nhuong", name: "Bình Nhưỡng", matchedAlias: "Pyongyang" }]);
    expect(index.search("lap rop")).toEqual([{ entityId: "person:sergei-lavrov", name: "Sergei Lavrov", matchedAlias: "Xéc-gây Láp-rốp" }]);
  });

  it("lists each entity once, best match first, and respects the limit", () => {
    const hits = index.search("kim");
    expect(hits).toEqual([{ entityId: "person:kim-jong-un", name: "Kim Jong Un" }]); // the name beats the alias "ông Kim"
    // "n" starts the name Nga and the alias North Korea, and a word of Bình Nhưỡng: the third is cut by the limit.
    expect(index.search("n", 2)).toEqual([
      { entityId: "country:nga", name: "Nga" },
      { entityId: "country:trieu-tien", name: "Triều Tiên", matchedAlias: "North Korea" },
    ]);
    expect(index.search("n").map((h) => h.name)).toEqual(["Nga", "Triều Tiên", "Bình Nhưỡng"]);
  });

  it("returns nothing for blank or unmatched queries", () => {
    expect(index.search("  ")).toEqual([]);
    expect(index.search("zelensky")).toEqual([]);
  });
});
