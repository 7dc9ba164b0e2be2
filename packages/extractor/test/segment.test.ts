import { describe, expect, it } from "vitest";
import { segmentSentences } from "../src/segment.ts";
import { VI_ABBREVIATIONS } from "../src/lang/vi/abbreviations.ts";

const texts = (text: string) => segmentSentences(text, VI_ABBREVIATIONS).map((s) => s.text);

describe("segmentSentences", () => {
  it("gives offsets into the text", () => {
    const text = "  Ông A đến.  Ông B đi.\n\nBà C ở lại.";
    const sentences = segmentSentences(text, VI_ABBREVIATIONS);
    expect(sentences.map((s) => s.text)).toEqual(["Ông A đến.", "Ông B đi.", "Bà C ở lại."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("always splits at line breaks, even without a full stop", () => {
    expect(texts("Tiêu đề bài báo\nNội dung đầu tiên")).toEqual(["Tiêu đề bài báo", "Nội dung đầu tiên"]);
  });

  it("does not split after abbreviations and initials", () => {
    expect(texts("Tổng thống Nga V. Putin đến TP. Hồ Chí Minh. Ông gặp Mr. Smith ở St. Petersburg.")).toEqual([
      "Tổng thống Nga V. Putin đến TP. Hồ Chí Minh.",
      "Ông gặp Mr. Smith ở St. Petersburg.",
    ]);
    expect(texts("Quan chức U.S. Army cho biết. Sau đó họ đi.")).toEqual(["Quan chức U.S. Army cho biết.", "Sau đó họ đi."]);
  });

  it("does not split decimals, dates and ranges", () => {
    const sentence = "Hội đàm tại Moscow hôm 16.1, sáng 19-6 và từ ngày 12-17/9/2023, sau chuyến thăm tháng 7.2000 với 2,2 tỷ USD.";
    expect(texts(sentence)).toEqual([sentence]);
    expect(texts("Giá tăng 1.5 lần. Ông nói.")).toEqual(["Giá tăng 1.5 lần.", "Ông nói."]);
  });

  it("keeps a closing quote after the full stop with its sentence", () => {
    expect(texts("Bà nói: “Chúng tôi chào đón người bạn thân thiết nhất”. Sau đó bà rời đi.")).toEqual([
      "Bà nói: “Chúng tôi chào đón người bạn thân thiết nhất”.",
      "Sau đó bà rời đi.",
    ]);
    expect(texts('Ông nói: "Tôi rất vui." Bà đáp lại.')).toEqual(['Ông nói: "Tôi rất vui."', "Bà đáp lại."]);
    expect(texts("Ông hỏi: “Khi nào?” Bà im lặng.")).toEqual(["Ông hỏi: “Khi nào?”", "Bà im lặng."]);
  });

  it("does not split at an ellipsis inside a sentence, does before a new one", () => {
    expect(texts("lời cảm ơn sâu sắc với Bình Nhưỡng... vì sự ủng hộ.")).toEqual(["lời cảm ơn sâu sắc với Bình Nhưỡng... vì sự ủng hộ."]);
    expect(texts("Văn hóa, du lịch… giữa hai nước. Và hơn thế… Ông Kim đến.")).toEqual([
      "Văn hóa, du lịch… giữa hai nước.",
      "Và hơn thế…",
      "Ông Kim đến.",
    ]);
  });

  it("splits at question and exclamation marks before a new sentence", () => {
    expect(texts("Ai sẽ thắng? Chưa rõ! Ông Kim im lặng.")).toEqual(["Ai sẽ thắng?", "Chưa rõ!", "Ông Kim im lặng."]);
  });

  it("splits before an opening quote or a number", () => {
    expect(texts('Ông nói. "Tôi đồng ý," ông nói thêm. 12 người bị thương.')).toEqual([
      "Ông nói.",
      '"Tôi đồng ý," ông nói thêm.',
      "12 người bị thương.",
    ]);
  });

  it("splits a sentence glued to the next by a lost space, not names, codes or sites", () => {
    expect(texts("Hai bên đạt đồng thuận.Sau đó, ông A về nước.")).toEqual(["Hai bên đạt đồng thuận.", "Sau đó, ông A về nước."]);
    expect(texts("Ông George W.Bush ở TP.HCM, theo vnexpress.net.")).toEqual(["Ông George W.Bush ở TP.HCM, theo vnexpress.net."]);
  });

  it("returns nothing for blank text", () => {
    expect(segmentSentences("", VI_ABBREVIATIONS)).toEqual([]);
    expect(segmentSentences(" \n\n ", VI_ABBREVIATIONS)).toEqual([]);
  });

  it("splits megabytes of text with no paragraph breaks missed", () => {
    const paragraph =
      "Tổng thống Nga V. Putin đã đến Bình Nhưỡng hôm 16.1 để hội đàm với ông Kim. Hai bên ký “hiệp ước”. Ông nói… rằng sẽ tiếp tục.\n";
    const copies = Math.ceil(4_000_000 / paragraph.length);
    const sentences = segmentSentences(paragraph.repeat(copies), VI_ABBREVIATIONS);
    expect(sentences.length).toBe(3 * copies);
    expect(sentences.at(-1)?.text).toBe("Ông nói… rằng sẽ tiếp tục.");
  });
});
