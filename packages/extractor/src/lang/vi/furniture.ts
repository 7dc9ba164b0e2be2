// What page furniture looks like on Vietnamese news sites.
import type { FurnitureRules } from "../language-pack.ts";

/** Headings of blocks that are not the article (related links, most-read lists, comments, ratings). */
const BLOCK_HEADINGS = new Set([
  "tin liên quan",
  "bài liên quan",
  "bài viết liên quan",
  "tin bài liên quan",
  "tin cùng chuyên mục",
  "tin cùng chủ đề",
  "bài cùng chuyên mục",
  "tin khác",
  "các tin khác",
  "tin tức khác",
  "bài viết khác",
  "tiêu điểm",
  "tin đang nóng",
  "tin nóng",
  "tin mới nhất",
  "tin mới",
  "mới nhất",
  "mới cập nhật",
  "đọc nhiều",
  "đọc nhiều nhất",
  "xem nhiều",
  "xem nhiều nhất",
  "được quan tâm nhất",
  "quan tâm nhất",
  "tin nổi bật",
  "nổi bật",
  "tin hot",
  "có thể bạn quan tâm",
  "bạn có thể quan tâm",
  "có thể bạn chưa biết",
  "có thể bạn muốn xem",
  "đừng bỏ lỡ",
  "đọc thêm",
  "xem thêm",
  "xem tiếp",
  "tin xem thêm",
  "bình luận",
  "ý kiến bạn đọc",
  "ý kiến",
  "gửi bình luận",
  "viết bình luận",
  "thảo luận",
  "từ khóa",
  "tags",
  "tag",
  "chủ đề",
  "chia sẻ",
  "tin ảnh",
  "tin video",
  "đánh giá bài viết",
]);

/** Block headings written as prompts: ratings and star widgets. */
const PROMPT_HEADINGS = [
  /^bạn thấy bài viết (này )?(có )?hữu ích không\??$/,
  /^bài viết (này )?có hữu ích (với|cho) bạn không\??$/,
  /^bạn (đánh giá|cảm thấy) (thế nào về )?bài viết (này )?(thế nào)?\??$/,
  /^trở thành người đầu tiên tặng sao cho bài viết( [\d ]*)?$/,
];

/** One-line widgets inside the article: follow buttons, inline "read also" links, video slots, ads. */
const WIDGET_LINES = [
  /^theo dõi [^.!?]{1,60} trên( [^.!?]{0,30})?$/,
  // Maybe led by link arrows or a bullet: ">> Xem thêm: ...", "» Đọc thêm: ...".
  /^(?:[>»›•*]+\s*)?(xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|đọc tiếp|mời xem|xem ngay)\s*[:>»].*$/,
  /^video đang hot$/,
  /^(quảng cáo|advertisement|sponsored|tài trợ)$/,
  /^(chia sẻ|share|in bài|lưu bài|copy link|sao chép liên kết|lấy link|gửi bài)(\s*[:|].*)?$/,
  /^(từ khóa|tags?|chủ đề)\s*:.*$/,
  /^bình luận\s*\(\d+\)$/,
  /^\(?(ảnh|hình) (minh họa|tư liệu)\)?$/,
];

/** A caption that repeats the headline for an image: "… - Hình 1", "… – Ảnh 2". */
const NUMBERED_CAPTION = /\s[-–—]\s*(hình|ảnh|photo)\s*\d+$/;

/** A line that is a date and/or time only: teaser timestamps ("07:55:30 28/06/2024") and datelines. */
const TIMESTAMP = new RegExp(
  String.raw`^(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?` +
    String.raw`(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*[,|-]?\s*)?` +
    String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?` +
    String.raw`(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?` +
    String.raw`(?:\s*\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|\s*[+-]\d{2}:?\d{2})?$`,
  "u",
);

// Photo captions end with a credit: "… tháng 9/2023. Ảnh: KCNA |", "… (Ảnh: KCNA)", "… - Ảnh: REUTERS",
// "Ảnh tư liệu: AFP/TTXVN".
const CREDITED_BY = String.raw`\s*[^():]{1,60}?\s*\)?\s*\|?\s*$`;

/**
 * A dateline opening the first paragraph: a place, maybe a day, then the outlet in brackets and a dash: "HÀ NỘI
 * (TTXVN) -", "Mátxcơva, 5/3 (TTXVN) -", "Ulaanbaatar (Nhân Dân) -". The outlet is required: a headline "Việt Nam -
 * Lào ..." is no dateline. The day may follow the place without a comma ("Bắc Kinh 9-5 (TTXVN) -"), or the outlet,
 * then the date and time, close a line of its own ("Vilnius (TTXVN/VNA) 12/7/2023 08:15").
 */
const DAY = String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?`;
const DATELINE_PREFIX = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:,?\s*(?:ngày\s+)?${DAY})?\s*\([^)]{2,40}\)\s*(?:(?:-{1,2}|–|—)\s*|${DAY}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$)`,
  "u",
);

/** News outlets whose name, then a dash, opens an article's first paragraph: "Dân trí - ", "Tiền Phong - ". */
const OUTLETS = [
  ...["Dân trí", "Dân Trí", "Tiền Phong", "Thanh Niên", "Tuổi Trẻ", "Nhân Dân", "Người Lao Động", "Lao Động", "Hà Nội Mới"],
  ...["Znews", "Zing News", "ZingNews", "Vietnamplus", "VietnamPlus", "Vietnamnet", "VietNamNet", "VnExpress", "Kinhtedothi"],
  ...["VOA Tiếng Việt", "BBC Tiếng Việt", "RFI Tiếng Việt", "Sputnik Việt Nam", "QĐND Online", "Quân đội Nhân dân"],
  ...["Sài Gòn Giải Phóng", "Công an Nhân dân", "Đại Đoàn Kết", "Dân Việt", "Báo Quốc tế", "Báo Tin tức", "VTC News", "Soha"],
];
/**
 * An outlet's credit opening the first paragraph: a known outlet, or any outlet in brackets, then a dash ("Znews - ",
 * "(LĐ) - "). Only known names: a headline may open on two places and a dash ("Việt Nam - Lào ...").
 */
const OUTLET_PREFIX = new RegExp(String.raw`^(?:(?:${OUTLETS.join("|")})|\([^()]{2,30}\))\s*(?:-{1,2}|–|—)\s+`, "u");

/**
 * An outlet's credit by its shape, under the headline: an abbreviation of capitals or a web address, then a dash
 * ("TTO - ", "SGGP - ", "VOV.VN - ", "VTV.vn - ", "Báo X.net - "). Not a headline's "EU - X" (see outletShapePrefix).
 */
const OUTLET_SHAPE_PREFIX = /^(?:\p{Lu}{2,6}|\p{L}[\p{L}\d]*\.(?:vn|VN|net|Net|com))\s+(?:-{1,2}|–|—)\s+/u;

export const VI_FURNITURE: FurnitureRules = {
  datelinePrefix: DATELINE_PREFIX,
  outletPrefix: OUTLET_PREFIX,
  outletShapePrefix: OUTLET_SHAPE_PREFIX,
  blockHeadings: BLOCK_HEADINGS,
  promptHeadings: PROMPT_HEADINGS,
  widgetLines: WIDGET_LINES,
  numberedCaption: NUMBERED_CAPTION,
  timestamp: TIMESTAMP,
  photoCredit: /(?:^|[\s(|])(?:ảnh|hình|photo)(?:\s*[:|]|\s)/iu,
  creditAfterMark: new RegExp(
    String.raw`(?:^|\s*[-–—|]\s*|\s*\(\s*)(?:ảnh|nguồn ảnh|photo|video)(?:\s+(?:tư liệu|minh họa|chụp màn hình))?\s*:${CREDITED_BY}`,
    "iu",
  ),
  creditAfterSpace: new RegExp(String.raw`\s+(?:Ảnh|ẢNH|Photo|PHOTO)(?:\s+(?:tư liệu|minh họa))?\s*:${CREDITED_BY}`, "u"),
};
