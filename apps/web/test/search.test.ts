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
