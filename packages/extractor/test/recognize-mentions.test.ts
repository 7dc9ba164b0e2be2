import { describe, expect, it } from "vitest";
import type { Mention } from "../src/recognize/mention.ts";
import { recognizeMentions } from "../src/recognize/recognize-mentions.ts";
import { tokenize } from "../src/text/tokenize.ts";
import { testLexicon } from "./fixtures/test-lexicon.ts";
import { VI_MENTIONS } from "../src/lang/vi/mention-words.ts";

function read(text: string) {
  const tokens = tokenize(text);
  const span = (m: Mention) =>
    tokens
      .slice(m.from, m.to)
      .map((t) => t.text)
      .join(" ");
  return recognizeMentions(tokens, testLexicon, VI_MENTIONS).map((m) => ({
    kind: m.kind,
    text: span(m),
    name: m.kind === "name" ? (m.entry?.name ?? m.surface) : undefined,
    role: m.kind === "name" || m.kind === "descriptor" ? m.title?.office.role : undefined,
    affiliation: m.kind === "name" || m.kind === "descriptor" ? m.title?.affiliation?.entry?.name : undefined,
  }));
}

describe("recognizeMentions", () => {
  it("reads office + country + name as one titled person", () => {
    expect(read("Người phát ngôn Điện Kremlin Ivan Sokolov nói.")[0]).toEqual({
      kind: "name",
      text: "Người phát ngôn Điện Kremlin Ivan Sokolov",
      name: "Ivan Sokolov",
      role: "spokesperson",
      affiliation: "Russia",
    });
  });

  it("tells descriptions, groups, pronouns and honorific names apart", () => {
    expect(read("Nhà lãnh đạo Triều Tiên nói hai nước sẽ hợp tác, ông cho biết và bà Choe đồng ý.")).toEqual([
      { kind: "descriptor", text: "Nhà lãnh đạo Triều Tiên", name: undefined, role: "leader", affiliation: "North Korea" },
      { kind: "group", text: "hai nước", name: undefined, role: undefined, affiliation: undefined },
      { kind: "pronoun", text: "ông", name: undefined, role: undefined, affiliation: undefined },
      { kind: "name", text: "bà Choe", name: "Choe", role: undefined, affiliation: undefined },
    ]);
  });

  it("reads an office after the name, and former offices", () => {
    // The office after the name belongs to the mention; the capital stands for its country.
    expect(read("Ông Sergei Ivanov khi đó là Bộ trưởng Quốc phòng Nga đã thăm Bình Nhưỡng.")).toEqual([
      {
        kind: "name",
        text: "Ông Sergei Ivanov khi đó là Bộ trưởng Quốc phòng Nga",
        name: "Sergei Ivanov",
        role: "defence minister",
        affiliation: "Russia",
      },
      { kind: "name", text: "Bình Nhưỡng", name: "North Korea", role: undefined, affiliation: undefined },
    ]);
  });

  it("matches capitalized aliases only when capitalized, and not inside longer names", () => {
    expect(read("anh ấy nói với Đức").map((m) => m.name)).toEqual(["Germany"]);
    expect(read("Theo ông Nguyễn Minh Đức, Hà Nội đồng ý.").map((m) => m.name)).toEqual(["Nguyễn Minh Đức", "Vietnam"]);
  });

  it("keeps an initial's dot inside the name", () => {
    // One mention, the dot a token of it (read() joins tokens with spaces).
    expect(read("Tổng thống Nga V. Putin phát biểu.")).toEqual([
      { kind: "name", text: "Tổng thống Nga V . Putin", name: "Vladimir Putin", role: "president", affiliation: "Russia" },
    ]);
  });

  it("finds places and organizations from cue words", () => {
    expect(read("Họ đến tỉnh Gangwon và gặp hãng tin Yonhap.").map((m) => m.text)).toEqual(["tỉnh Gangwon", "hãng tin Yonhap"]);
  });
});
