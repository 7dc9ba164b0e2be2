import { describe, expect, it } from "vitest";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { extractArticle } from "../src/pipeline.ts";

// A meeting or signing held in a country puts its foreign participants there: invented sentences, both languages.
const lexicon = loadLexicon();

function visits(text: string, lang: "en" | "vi"): string[] {
  const x = extractArticle({ id: "a", file: "a.txt", text, lang, published: "2024-07-08" }, lexicon);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.filter((r) => r.type === "VISITED").map((r) => `${name.get(r.source)} VISITED ${name.get(r.target)} [${r.status}]`);
}

describe("visits read from where a meeting or signing takes place", () => {
  it("gives the foreign guest, not the host, a visit to the country of the capital named", () => {
    expect(visits("Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing on Tuesday.", "en")).toEqual([
      "William Ruto VISITED China [occurred]",
    ]);
  });

  it("reads the setting after a name that ends in an abbreviation ('Jr.')", () => {
    expect(visits("Japanese Foreign Minister Yoko Kamikawa met Philippine President Ferdinand Marcos Jr. in Manila.", "en")).toEqual([
      "Yoko Kamikawa VISITED Philippines [occurred]",
    ]);
  });

  it("gives a planned meeting a planned visit", () => {
    expect(visits("Argentine President Javier Milei will meet Kenyan President William Ruto in Nairobi next week.", "en")).toEqual([
      "Javier Milei VISITED Kenya [planned]",
    ]);
  });

  it("reads the same in Vietnamese: 'hội đàm với X tại Hà Nội'", () => {
    expect(visits("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Ấn Độ Narendra Modi tại Hà Nội.", "vi")).toEqual([
      "Narendra Modi VISITED Vietnam [occurred]",
    ]);
  });

  it("reads no venue when a relative clause sets a second place: 'tại X, sau chuyến thăm Y, nơi ông gặp Z'", () => {
    const text =
      "Thủ tướng Chile Pablo Herrera hội đàm với Tổng thống Peru Ana Ruiz tại Lima, hai ngày sau khi dừng chân ở Viên, nơi ông đã gặp Ngoại trưởng Nhật Bản Fumio Kishida.";
    // The stop on the way is a visit of its own ("dừng chân ở X"); no venue of either meeting is read.
    expect(visits(text, "vi")).toEqual(["Pablo Herrera VISITED Austria [occurred]"]);
  });

  it("reads the same in English: 'in X, days after a stop in Y, where he met Z'", () => {
    const text =
      "Chilean Prime Minister Pablo Herrera held talks with Peruvian President Ana Ruiz in Lima, two days after a stop in Vienna, where he met Japanese Prime Minister Fumio Kishida.";
    // The stop is a visit of its own; no meeting is placed in Lima or Vienna.
    expect(visits(text, "en")).toEqual(["Pablo Herrera VISITED Austria [occurred]"]);
  });

  it("reads no visit from a country after 'in' that is no setting of the meeting ('investment in X')", () => {
    expect(visits("Kenyan President William Ruto met Chinese President Xi Jinping and discussed investment in Vietnam.", "en")).toEqual([]);
  });

  it("reads no visit where the sentence names two settings, or the participant's side is unknown", () => {
    expect(visits("Kenyan President William Ruto met Xi Jinping in Beijing and Emmanuel Macron in Paris.", "en")).toEqual([]);
    expect(visits("Amina Waweru met Chinese President Xi Jinping in Beijing.", "en")).toEqual([]);
  });
});
