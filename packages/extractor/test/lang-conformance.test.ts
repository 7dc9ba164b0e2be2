import { describe, expect, it } from "vitest";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { extractArticle } from "../src/pipeline.ts";

const lexicon = loadLexicon();
const PUBLISHED = "2024-06-20";

/** Event triples as "Source TYPE Target status date", with entity names. */
function events(text: string, lang: string): string[] {
  const x = extractArticle({ id: "a", file: "a.txt", text, lang, published: PUBLISHED }, lexicon);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations
    .filter((r) => r.type !== "OFFICIAL_OF")
    .map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)} ${r.status} ${r.date ?? "-"}`)
    .sort();
}

// The same facts told in Vietnamese and in English (invented sentences): both packs must read the same triples,
// statuses and dates.
const TABLE: { fact: string; vi: string; en: string; expected: string[] }[] = [
  {
    fact: "a dated meeting",
    vi: "Ngày 19/6, Tổng thống Nga Vladimir Putin hội đàm với Thủ tướng Ấn Độ Narendra Modi.",
    en: "On June 19, Russian President Vladimir Putin held talks with Indian Prime Minister Narendra Modi.",
    expected: ["Narendra Modi MET Vladimir Putin occurred 2024-06-19"],
  },
  {
    fact: "a planned visit next month",
    vi: "Thủ tướng Đức Olaf Scholz sẽ thăm Ấn Độ vào tháng tới.",
    en: "German Chancellor Olaf Scholz will visit India next month.",
    expected: ["Olaf Scholz VISITED India planned 2024-07"],
  },
  {
    fact: "an alleged supply inside an accusation",
    vi: "Pháp cáo buộc Iran chuyển giao tên lửa cho Nga.",
    en: "France accused Iran of transferring missiles to Russia.",
    expected: ["France ACCUSED Iran occurred -", "Iran SUPPLIED Russia alleged -"],
  },
  {
    fact: "a negated visit",
    vi: "Thủ tướng Ấn Độ Narendra Modi không thăm Pháp.",
    en: "Indian Prime Minister Narendra Modi did not visit France.",
    expected: [],
  },
  {
    fact: "sanctions",
    vi: "Nhật Bản trừng phạt Nga.",
    en: "Japan imposed sanctions on Russia.",
    expected: ["Japan SANCTIONED Russia occurred -"],
  },
  {
    fact: "praise",
    vi: "Tổng thống Pháp Emmanuel Macron ca ngợi Ấn Độ.",
    en: "French President Emmanuel Macron praised India.",
    expected: ["Emmanuel Macron PRAISED India occurred -"],
  },
  {
    fact: "thanks",
    vi: "Thủ tướng Ấn Độ Narendra Modi cảm ơn Tổng thống Pháp Emmanuel Macron.",
    en: "Indian Prime Minister Narendra Modi thanked French President Emmanuel Macron.",
    expected: ["Narendra Modi THANKED Emmanuel Macron occurred -"],
  },
  {
    fact: "criticism",
    vi: "Pháp lên án Nga.",
    en: "France condemned Russia.",
    expected: ["France CRITICIZED Russia occurred -"],
  },
  {
    fact: "a signing by two parties",
    vi: "Pháp và Ấn Độ đã ký một thỏa thuận.",
    en: "France and India signed an agreement.",
    expected: ["France SIGNED India occurred -"],
  },
];

describe("language packs: the same facts in Vietnamese and English", () => {
  it.each(TABLE)("$fact", ({ vi, en, expected }) => {
    expect(events(vi, "vi")).toEqual(expected);
    expect(events(en, "en")).toEqual(expected);
  });
});
