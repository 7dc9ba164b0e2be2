import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText } from "../src/clean.ts";
import { restoreCensoredWords } from "../src/lang/vi/restore-censored-words.ts";
import { unifyToneMarks } from "../src/lang/vi/unify-tone-marks.ts";
import { normalizeCharacters } from "../src/clean/normalize-characters.ts";
import { stripPhotoCredit } from "../src/clean/strip-photo-credit.ts";
import { isDoubledTitle, isTimestamp } from "../src/clean/furniture-lines.ts";
import { VI_FURNITURE } from "../src/lang/vi/furniture.ts";
import { vietnamese } from "../src/lang/vi/index.ts";

describe("normalizeCharacters", () => {
  it("composes decomposed Vietnamese to NFC", () => {
    const decomposed = "Triều Tiên".normalize("NFD");
    expect(decomposed).not.toBe("Triều Tiên");
    expect(normalizeCharacters(decomposed)).toBe("Triều Tiên");
  });
  it("turns Latin eth into Vietnamese đ", () => {
    expect(normalizeCharacters("\u00d0iện Kremlin \u00f0ã")).toBe("Điện Kremlin đã");
  });
  it("unifies line breaks, odd spaces and invisible characters", () => {
    expect(normalizeCharacters("a\u00a0b\u200bc \r\n\td  e\u00ad\r")).toBe("a bc\nd e");
  });
});

describe("unifyToneMarks", () => {
  it.each([
    ["hoà bình", "hòa bình"],
    ["Khánh Hoà", "Khánh Hòa"],
    ["thuỷ văn", "thủy văn"],
    ["Uỷ ban", "Ủy ban"],
    ["đại uý", "đại úy"],
    ["khoẻ mạnh", "khỏe mạnh"],
    ["ma tuý.", "ma túy."],
    ["tuỳ chọn", "tùy chọn"],
    ["HOÀ BÌNH", "HÒA BÌNH"],
    ["toạ đàm", "tọa đàm"],
  ])("%s → %s", (input, output) => expect(unifyToneMarks(input)).toBe(output));

  it.each(["hòa bình", "hoàn thành", "Huỳnh", "quý", "Quỹ", "QUÝ", "ngoài", "xoáy", "khuỷu", "quyết", "toàn", "Chloé", "Zoé Dubois"])(
    "leaves %s alone",
    (word) => expect(unifyToneMarks(word)).toBe(word),
  );
});

describe("restoreCensoredWords", () => {
  it.each([
    ["khoản t.iền trên", "khoản tiền trên"],
    ["xe ô tô đ.âm vào tiệm", "xe ô tô đâm vào tiệm"],
    ["vùng c.hết.", "vùng chết."],
    ["một nạn nhân t.ử v.ong", "một nạn nhân tử vong"],
    ["vụ n.ém b.om xăng", "vụ ném bom xăng"],
    ["cứu n.ữ s.inh t.ự v.ẫn", "cứu nữ sinh tự vẫn"],
    ["T.iền đâu", "Tiền đâu"],
  ])("%s → %s", (input, output) => expect(restoreCensoredWords(input)).toBe(output));

  it.each([
    "hôm 16.1 tại Moscow",
    "tháng 7.2000",
    "the U.S. and the U.K.",
    "TP.HCM",
    "giải V.League",
    "e.g. this",
    "at 9 a.m. today",
    "trang vnexpress.net",
    "các nước, v.v. Ông",
    "St.Petersburg",
    "Mr.Smith",
    "version 1.2.3",
  ])("leaves %s alone", (text) => expect(restoreCensoredWords(text)).toBe(text));
});

describe("stripPhotoCredit", () => {
  it.each([
    ["Kim Jong Un thăm Nga, tháng 9/2023. Ảnh: KCNA |", "Kim Jong Un thăm Nga, tháng 9/2023."],
    ["Nhà lãnh đạo vẫy tay chào. (Ảnh: KCNA)", "Nhà lãnh đạo vẫy tay chào."],
    ["hội đàm song phương sáng 19-6 - Ảnh: SPUTNIK", "hội đàm song phương sáng 19-6"],
    ["Tổng thống Nga Vladimir Putin. Ảnh tư liệu: AFP/TTXVN", "Tổng thống Nga Vladimir Putin."],
    ["Thủ tướng Nhật Bản. (Ảnh: VGP/Nhật Bắc)", "Thủ tướng Nhật Bản."],
    ["Ảnh: REUTERS", ""],
  ])("%s → %s", (input, output) => expect(stripPhotoCredit(input, VI_FURNITURE)).toBe(output));
  it("keeps prose that merely mentions a picture", () => {
    const line = "Ông nói về hình ảnh: đất nước đã thay đổi.";
    expect(stripPhotoCredit(line, VI_FURNITURE)).toBe(line);
  });
});

describe("furniture line shapes", () => {
  it("knows timestamps", () => {
    for (const t of ["07:55:30 28/06/2024", "19/06/2024 14:37 GMT+7", "Thứ Tư, 13/09/2023 14:35:03 +07:00", "10/09/2023 - 19:41"]) {
      expect(isTimestamp(t, VI_FURNITURE), t).toBe(true);
    }
    expect(isTimestamp("Ngày 28/06/2024, ông Putin đến Bình Nhưỡng.", VI_FURNITURE)).toBe(false);
  });
  it("knows link titles printed twice", () => {
    expect(isDoubledTitle("Ông Kim: Triều Tiên là đồng chí của NgaÔng Kim: Triều Tiên là đồng chí của Nga")).toBe(true);
    expect(isDoubledTitle("Nga và Triều Tiên ký hiệp ước.")).toBe(false);
  });
});

describe("cleanText", () => {
  it("drops blocks of related articles, teasers with timestamps and rating widgets, keeps the article", () => {
    const page = [
      "Thủ tướng thăm Nhật Bản",
      "Theo dõi Báo ABC trên Google News",
      "Thủ tướng đã đến Tokyo hôm 20/5.",
      "Thủ tướng thăm Nhật Bản - Hình 1",
      "Video đang HOT",
      "Hai bên ký kết nhiều văn kiện. Ảnh: TTXVN",
      "Bạn thấy bài viết này có hữu ích không?",
      "Có;",
      "Không",
      "TIN LIÊN QUAN",
      "",
      "Một tin khác về bóng đá",
      "07:55:30 28/06/2024",
      "Xe đ.âm vào tiệm nail",
      "12:19:58 29/06/2024",
      "Tin mới nhất",
      "Bão số 3 đổ bộ",
      "",
      "20:18:38 29/06/2024",
      "Cơn bão gây mưa lớn ở miền Bắc.",
      "Có thể bạn quan tâm",
      "Cách làm gà rán",
      "Ẩm thực",
      "23:12:14 29/06/2024",
      "Món gà rán giòn tan.",
    ].join("\n");
    expect(cleanText(page, vietnamese)).toBe(
      ["Thủ tướng thăm Nhật Bản", "Thủ tướng đã đến Tokyo hôm 20/5.", "Hai bên ký kết nhiều văn kiện."].join("\n"),
    );
  });

  it("drops a linked article's title set between paragraphs, keeps captions and lines that open a quote", () => {
    const paragraph = (n: number) =>
      `Đây là đoạn văn thứ ${n} của bài báo, đủ dài để là một đoạn văn xuôi thực sự với nhiều chi tiết về sự kiện, kết thúc bằng dấu chấm như mọi câu.`;
    const text = [
      "Tiêu đề bài",
      paragraph(1),
      paragraph(2),
      'Triều Tiên sẽ xem Hàn Quốc là "quốc gia thù địch số 1"?',
      paragraph(3),
      "Ông Putin và ông Kim tại Bình Nhưỡng. (Ảnh: KCNA)",
      paragraph(4),
      "Ông nói:",
      paragraph(5),
    ].join("\n");
    // The headline stays; the linked title goes; the caption loses its credit; the line opening a quote stays.
    expect(cleanText(text, vietnamese).split("\n")).toEqual([
      "Tiêu đề bài",
      paragraph(1),
      paragraph(2),
      paragraph(3),
      "Ông Putin và ông Kim tại Bình Nhưỡng.",
      paragraph(4),
      "Ông nói:",
      paragraph(5),
    ]);
  });

  it("ends a furniture block where the article's prose resumes", () => {
    const page = [
      "Ông A gặp ông B.",
      "Đọc thêm",
      "Tiêu đề liên quan thứ nhất",
      "Tiêu đề liên quan thứ hai",
      "Sau đó, hai bên ký hiệp định.",
    ].join("\n");
    expect(cleanText(page, vietnamese)).toBe("Ông A gặp ông B.\nSau đó, hai bên ký hiệp định.");
  });

  it("drops a teaser headed by a doubled link title, its summary and the comment widget", () => {
    const page = [
      "Ông A gặp ông B ở Hà Nội.",
      "Tin cũ về ông ATin cũ về ông A",
      "Nhân dịp lễ, ông A đã gửi thông điệp đến ông B.",
      "Trở thành người đầu tiên tặng sao cho bài viết 0 0 0",
      "Bình luận (0)",
      "thông tin tài khoản",
    ].join("\n");
    expect(cleanText(page, vietnamese)).toBe("Ông A gặp ông B ở Hà Nội.");
  });

  it("keeps a headline followed by its dateline, drops the dateline and repeated captions", () => {
    const page = [
      "Putin thăm Triều Tiên",
      "19/06/2024 14:37 GMT+7",
      "Hai bên hội đàm - Ảnh: REUTERS",
      "",
      "Hai bên hội đàm - Ảnh: REUTERS",
      "Ông Putin đến Bình Nhưỡng.",
    ].join("\n");
    expect(cleanText(page, vietnamese)).toBe("Putin thăm Triều Tiên\nHai bên hội đàm\nÔng Putin đến Bình Nhưỡng.");
  });

  it("cleans the scraped sample page down to its two articles", () => {
    const raw = readFileSync(new URL("../../../corpus/004_1d707402690d7645.txt", import.meta.url), "utf8");
    const cleaned = cleanText(raw, vietnamese);
    expect(cleaned.startsWith("Tổng thống Nga V. Putin khẳng định")).toBe(true);
    expect(cleaned).toContain("Thứ trưởng Ngoại giao Nga Andrey Rudenko");
    expect(cleaned.endsWith("các cuộc tập trận quân sự có sự tham gia của quân đội Hàn Quốc và Mỹ.")).toBe(true);
    for (const furniture of [
      "Theo dõi VGT",
      "Video đang HOT",
      "Hình 1",
      "Tiêu điểm",
      "Midu",
      "28/06/2024",
      "Ảnh tư liệu",
      "(Ảnh: KCNA)",
      "hữu ích",
    ]) {
      expect(cleaned, furniture).not.toContain(furniture);
    }
  });
});

describe("cleanText, Vietnamese inline links led by arrows", () => {
  it("drops a 'read also' link led by link arrows or a bullet: '>> Xem thêm: ...', '» Đọc thêm: ...'", () => {
    const page = [
      "Pháp viện trợ cho Lào.",
      ">> Xem thêm: Bão lớn tàn phá đảo Tahiti của Pháp",
      "» Đọc thêm: Lào đón 2 triệu khách",
      "Hai bên ký kết.",
    ].join("\n");
    expect(cleanText(page, vietnamese)).toBe(["Pháp viện trợ cho Lào.", "Hai bên ký kết."].join("\n"));
  });
});
