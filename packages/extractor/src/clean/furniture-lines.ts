// What the lines of page furniture look like on Vietnamese news sites. Kept as line classifiers so the
// block logic in drop-furniture.ts stays readable. Lines are NFC, trimmed, non-empty.

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
  /^(xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|đọc tiếp|mời xem|xem ngay)\s*[:>»].*$/,
  /^video đang hot$/,
  /^(quảng cáo|advertisement|sponsored|tài trợ)$/,
  /^(chia sẻ|share|in bài|lưu bài|copy link|sao chép liên kết|lấy link|gửi bài)(\s*[:|].*)?$/,
  /^(từ khóa|tags?|chủ đề)\s*:.*$/,
  /^bình luận\s*\(\d+\)$/,
  /^\(?(ảnh|hình) (minh họa|tư liệu)\)?$/,
];

/** A caption that repeats the headline for an image: "… - Hình 1", "… – Ảnh 2". */
const NUMBERED_CAPTION = /\s[-–—]\s*(hình|ảnh|photo)\s*\d+$/; // tested on a line's last characters

/** A line that is a date and/or time only: teaser timestamps ("07:55:30 28/06/2024") and datelines. */
const TIMESTAMP = new RegExp(
  String.raw`^(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?` +
    String.raw`(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*[,|-]?\s*)?` +
    String.raw`\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?` +
    String.raw`(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?` +
    String.raw`(?:\s*\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|\s*[+-]\d{2}:?\d{2})?$`,
  "u",
);

const headingKey = (line: string) =>
  line
    .toLowerCase()
    .replace(/\s*\(\d+\)$/, "")
    .replace(/\s*[:>»]+$/, "")
    .trim();

/** Headings and widgets are short; prose lines skip their tests (most lines, and the cost of cleaning). */
const LONGEST_HEADING = 80;
const LONGEST_WIDGET = 160;

export function isBlockHeading(line: string): boolean {
  if (line.length > LONGEST_HEADING) return false;
  const key = headingKey(line);
  return BLOCK_HEADINGS.has(key) || PROMPT_HEADINGS.some((p) => p.test(key));
}

export function isWidgetLine(line: string): boolean {
  if (NUMBERED_CAPTION.test(line.slice(-16).toLowerCase())) return true;
  if (line.length > LONGEST_WIDGET) return false;
  const lower = line.toLowerCase();
  return WIDGET_LINES.some((p) => p.test(lower));
}

export function isTimestamp(line: string): boolean {
  return line.length <= 60 && TIMESTAMP.test(line.toLowerCase());
}

/** Ends like a sentence of prose: a full stop or ellipsis, maybe inside closing quotes or brackets. */
export function endsLikeProse(line: string): boolean {
  return /[.…]["”’'»)\]]*$/.test(line) || /[.!?…]["”’'»)\]]+$/.test(line);
}

/**
 * A short, unpunctuated line between two paragraphs of prose: the title of a linked article set into the
 * text ("Triều Tiên sẽ xem Hàn Quốc là "quốc gia thù địch số 1"?"), or a subheading, which states no more
 * than the paragraphs around it. A line that opens a quote or a list (":") stays.
 */
export function isInlineTitle(line: string, before: string | undefined, after: string | undefined): boolean {
  if (line.length > LONGEST_INLINE_TITLE || endsLikeProse(line) || line.endsWith(":") || PHOTO_CREDIT.test(line)) return false;
  return isParagraph(before) && isParagraph(after);
}

/** A caption credits its photo; a caption is kept (its credit is stripped later). */
const PHOTO_CREDIT = /(?:^|[\s(|])(?:ảnh|hình|photo)(?:\s*[:|]|\s)/iu;
const LONGEST_INLINE_TITLE = 120;
const isParagraph = (line: string | undefined) => line !== undefined && line.length > LONGEST_INLINE_TITLE && endsLikeProse(line);

/**
 * A link title shown twice in a row (image alt text and anchor text run together by the scraper):
 * "Ông Kim: Triều Tiên là đồng minhÔng Kim: Triều Tiên là đồng minh". It heads a related-article teaser.
 */
export function isDoubledTitle(line: string): boolean {
  if (line.length < 20) return false;
  for (const cut of [Math.floor(line.length / 2), Math.ceil(line.length / 2)]) {
    let second = cut;
    while (line[second] === " ") second++;
    if (line[second] !== line[0]) continue; // the usual case, decided without copying the line
    if (line.slice(0, cut).trim() === line.slice(cut).trim()) return true;
  }
  return false;
}
