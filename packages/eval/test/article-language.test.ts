import { describe, expect, it } from "vitest";
import { articleLanguage, articleLanguages, vietnameseTest } from "../src/index.ts";

// Letters and Vietnamese-marked letters counted by hand; the test says `vi` from 10% marked letters, needs 20 letters.
describe("vietnameseTest", () => {
  it("calls Vietnamese text vi", () => {
    // 22 letters (Thủ tướng đã gặp Tổng thống); marked: ủ ư ớ đ ã ặ ổ ố = 8, 36%
    expect(vietnameseTest("Thủ tướng đã gặp Tổng thống.")).toBe("vi");
    // the same text decomposed (NFD) counts the same
    expect(vietnameseTest("Thủ tướng đã gặp Tổng thống.".normalize("NFD"))).toBe("vi");
  });

  it("calls English text not-vi, also when it spells a Vietnamese name with its marks", () => {
    expect(vietnameseTest("The prime minister met the president in Hanoi.")).toBe("not-vi"); // 38 letters, none marked
    // 73 letters; marked: ạ í = 2, under 3%
    expect(vietnameseTest("Prime Minister Phạm Minh Chính met the visiting president of the Philippines on Monday")).toBe("not-vi");
  });

  it("does not decide on fewer than 20 letters", () => {
    expect(vietnameseTest("Hà Nội hosts the summit")).toBeUndefined(); // 19 letters
    expect(vietnameseTest("")).toBeUndefined();
  });

  it("draws the line at 10%", () => {
    expect(vietnameseTest(`Hà Nội ${"a".repeat(15)}`)).toBe("vi"); // 2 marked of 20 letters
    expect(vietnameseTest(`Hà Nội ${"a".repeat(16)}`)).toBe("not-vi"); // 2 of 21
    expect(vietnameseTest(`đĐ ${"x".repeat(18)}`)).toBe("vi"); // đ and Đ count: 2 of 20
  });
});

describe("articleLanguage", () => {
  const en = "The prime minister met the president in Hanoi.";
  const vi = "Thủ tướng đã gặp Tổng thống.";
  it("checks the recorded language against the text", () => {
    expect(articleLanguage("vi", vi)).toBe("vi");
    expect(articleLanguage("vi", en)).toBe("en"); // the extractor's default for a plain .txt, overruled
    expect(articleLanguage(undefined, en)).toBe("en");
    expect(articleLanguage("fr", en)).toBe("fr"); // not Vietnamese: any other recorded language stands
    expect(articleLanguage("en", vi)).toBe("vi");
  });

  it("keeps the recorded language when the text is too short", () => {
    expect(articleLanguage("en", "Hà Nội")).toBe("en");
    expect(articleLanguage("vi", "")).toBe("vi");
    expect(articleLanguage(undefined, "")).toBe("?");
  });

  it("tests a graph article's title and evidence sentences, or a sample of its text when given", () => {
    const graph = {
      articles: [
        { id: "corpus/a.txt", lang: "vi", title: "Putin in Pyongyang" },
        { id: "corpus/b.txt", lang: "vi" },
      ],
      relations: [{ evidence: [{ articleId: "corpus/a.txt", sentence: "Putin met Kim Jong Un in Pyongyang on Wednesday." }] }],
    };
    expect(Object.fromEntries(articleLanguages(graph))).toEqual({ a: "en", b: "vi" });
    expect(Object.fromEntries(articleLanguages(graph, new Map([["b", en]])))).toEqual({ a: "en", b: "en" });
  });
});
