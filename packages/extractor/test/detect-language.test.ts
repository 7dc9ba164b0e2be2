import { describe, expect, it } from "vitest";
import { articleLanguage, languageName, languageWarning, normalizeLanguage } from "../src/read/article-language.ts";
import { detectLanguage } from "../src/read/detect-language.ts";

// Invented sentences, in the style of the news the extractor reads.
const VIETNAMESE = [
  "Bộ trưởng Ngoại giao Xylandia đã hội đàm với người đồng cấp tại Hà Nội sáng 12/3.",
  "Hai bên nhất trí thúc đẩy hợp tác kinh tế và trao đổi đoàn các cấp trong năm tới.",
  "Thủ tướng đến Tokyo.",
];
const ENGLISH = [
  "The foreign minister of Xylandia met his counterpart in Hanoi on Tuesday, the ministry said.",
  "Both sides agreed to expand trade and to hold talks again before the end of the year.",
  "President Ivo Brann will visit Moscow next week, according to his office.",
];
const FRENCH =
  "Le ministre des Affaires étrangères a rencontré son homologue à Paris pour discuter des sanctions et de la sécurité dans la région.";
const GERMAN = "Der Außenminister ist am Montag zu einem Besuch in Berlin eingetroffen und hat mit der Regierung über die Lage gesprochen.";

describe("detectLanguage", () => {
  it("tells Vietnamese by its letters, even in a short headline", () => {
    for (const sentence of VIETNAMESE) expect(detectLanguage(sentence)?.lang).toBe("vi");
  });

  it("tells English by its common words", () => {
    for (const sentence of ENGLISH) expect(detectLanguage(sentence)?.lang).toBe("en");
  });

  it("names languages that have no pack", () => {
    expect(detectLanguage(FRENCH)?.lang).toBe("fr");
    expect(detectLanguage(GERMAN)?.lang).toBe("de");
  });

  it("names a language by its writing system", () => {
    expect(detectLanguage("Ngoại trưởng Nga Sergei Lavrov: Министр иностранных дел встретился с коллегой в Москве.")?.lang).toBe("ru");
    expect(detectLanguage("외교부 장관이 오늘 서울에서 회담을 가졌다고 밝혔다.")?.lang).toBe("ko");
    expect(detectLanguage("外務大臣は東京で会談を行ったと発表した。")?.lang).toBe("ja");
  });

  it("does not guess when the text is too short or shows no language", () => {
    expect(detectLanguage("Putin, Kim, 2024.")).toBeUndefined();
    expect(detectLanguage("12/3/2024 — 14:35")).toBeUndefined();
    expect(detectLanguage("")).toBeUndefined();
  });

  it("is not swayed by a few Vietnamese names in an English text, nor by English names in a Vietnamese one", () => {
    expect(
      detectLanguage("Prime Minister Phạm Minh Chính met the president of Xylandia in Hà Nội, where they signed a trade deal.")?.lang,
    ).toBe("en");
    expect(detectLanguage("Ông Ivo Brann và ông John Smith đã có cuộc gặp tại New York hôm thứ Hai.")?.lang).toBe("vi");
  });
});

describe("articleLanguage", () => {
  it("takes what the article declares first, reduced to its language code", () => {
    expect(articleLanguage("fr", VIETNAMESE[0]!, "en")).toEqual({ lang: "fr", source: "declared" });
    expect(articleLanguage("vi-VN", ENGLISH[0]!)).toEqual({ lang: "vi", source: "declared" });
    expect(articleLanguage("eng", VIETNAMESE[0]!)).toEqual({ lang: "en", source: "declared" });
  });

  it("detects the language of an article that says nothing, before --lang", () => {
    expect(articleLanguage(undefined, ENGLISH[1]!, "vi")).toEqual({ lang: "en", source: "detected" });
    expect(articleLanguage("und", VIETNAMESE[1]!)).toEqual({ lang: "vi", source: "detected" });
  });

  it("lets --lang fill in when the language cannot be detected, else takes vi", () => {
    expect(articleLanguage(undefined, "Putin, Kim, 2024.", "en")).toEqual({ lang: "en", source: "given" });
    expect(articleLanguage("  ", "Putin, Kim, 2024.")).toEqual({ lang: "vi", source: "default" });
  });
});

describe("language warnings", () => {
  it("warns of a language without a pack, naming it and where it came from", () => {
    expect(languageWarning({ lang: "fr", source: "detected" })).toBe(
      "French (fr, detected) has no language pack (vi, en): only names in the lexicon are recognized",
    );
    expect(languageWarning({ lang: "de", source: "given" })).toContain("German (de, from --lang)");
  });

  it("warns when the language was only assumed, and not for a supported one", () => {
    expect(languageWarning({ lang: "vi", source: "default" })).toContain("neither declared nor detected");
    expect(languageWarning({ lang: "en", source: "detected" })).toBeUndefined();
    expect(languageWarning({ lang: "vi", source: "declared" })).toBeUndefined();
  });

  it("normalizes tags and names languages", () => {
    expect(normalizeLanguage("EN_us")).toBe("en");
    expect(normalizeLanguage("vie")).toBe("vi");
    expect(normalizeLanguage("")).toBeUndefined();
    expect(languageName("fr")).toBe("French");
    expect(languageName("qx")).toBe("qx");
  });
});
