import { describe, expect, it } from "vitest";
import { foldName, foldText } from "../src/index.ts";

describe("foldText", () => {
  it("drops diacritics and maps đ, Đ, Ð (U+00D0 Eth, as some sites print Đ) and ð to d", () => {
    expect(foldText("Bình Nhưỡng")).toBe("binh nhuong");
    expect(foldText("Điện Kremlin")).toBe("dien kremlin");
    expect(foldText("Ðiện Kremlin")).toBe("dien kremlin");
    expect(foldText("đảng ð")).toBe("dang d");
  });

  it("lower-cases, makes each run of white space one space and trims", () => {
    expect(foldText("  KIM\tJong\u00a0 Un\n")).toBe("kim jong un");
  });

  it("folds precomposed and decomposed input alike", () => {
    expect(foldText("Hoà".normalize("NFD"))).toBe("hoa");
    expect(foldText("Hòa".normalize("NFC"))).toBe("hoa");
  });

  it("leaves punctuation alone", () => {
    expect(foldText("Kim Jong-un, “V. Putin”")).toBe("kim jong-un, “v. putin”");
  });

  it("with keepDiacritics keeps them and đ, composed", () => {
    expect(foldText("  Điện  Bình Nhưỡng ", { keepDiacritics: true })).toBe("điện bình nhưỡng");
    expect(foldText("Hòa".normalize("NFD"), { keepDiacritics: true })).toBe("h\u00f2a");
  });
});

describe("foldName", () => {
  it("takes hyphens, dashes, underscores and dots for spaces and drops quotes", () => {
    expect(foldName("Kim Jong-un")).toBe("kim jong un");
    expect(foldName("“V. Putin”")).toBe("v putin");
    expect(foldName("Workers' Party")).toBe("workers party");
    expect(foldName("a_b—c–d‐e")).toBe("a b c d e");
  });

  it("folds the rest like foldText", () => {
    expect(foldName("Đảng Lao động")).toBe("dang lao dong");
    expect(foldName("Mátxcơva")).toBe("matxcova");
    expect(foldName("Xéc-gây Láp-rốp", { keepDiacritics: true })).toBe("xéc gây láp rốp");
  });
});
