import { describe, expect, it } from "vitest";
import { foldText } from "../src/core/search/fold-text.ts";
import { createSearchIndex } from "../src/core/search/search-index.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

describe("foldText", () => {
  it("drops diacritics, case and punctuation, and maps đ to d", () => {
    expect(foldText("Bình Nhưỡng")).toBe("binh nhuong");
    expect(foldText("Điện Kremlin")).toBe("dien kremlin");
    expect(foldText("Ðiện Kremlin")).toBe("dien kremlin"); // U+00D0 Eth, as some sites print it
    expect(foldText("Kim Jong-un")).toBe("kim jong un");
  });

  it("folds precomposed and decomposed Unicode alike", () => {
    expect(foldText("Hoà".normalize("NFD"))).toBe(foldText("Hòa".normalize("NFC")));
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
