import { hasVietnameseMarks, isVietnameseSyllable } from "./vietnamese-syllable.ts";

// Vietnamese family names, for people the lexicon does not know: "Thủ tướng Phạm Minh Chính" serves Vietnam.
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
  "nguyễn",
  "trần",
  "lê",
  "phạm",
  "hoàng",
  "huỳnh",
  "phan",
  "vũ",
  "võ",
  "đặng",
  "bùi",
  "đỗ",
  "hồ",
  "ngô",
  "dương",
  "lý",
  "tô",
  "lương",
  "trương",
  "đinh",
  "mai",
  "đào",
  "cao",
  "lâm",
  "hà",
  "thái",
  "tạ",
  "chu",
  "vương",
  "trịnh",
  "đoàn",
  "văn",
  "lưu",
  "kiều",
  "quách",
  "triệu",
  "thân",
  "nghiêm",
  "mạc",
  "khổng",
  "giang",
  "âu",
  "lạc",
  "lục",
  "phí",
  "quan",
  "tiêu",
  "tôn",
  "từ",
  "doãn",
  "hứa",
  "khúc",
  "lã",
  "lữ",
  "nông",
  "phùng",
  "tống",
  "cù",
  "diệp",
  "đàm",
  "đồng",
  "hàn",
  "hầu",
  "lò",
  "mẫn",
  "ninh",
  "thạch",
  "tiết",
  "châu",
  "bạch",
  "đậu",
  "lại",
  "kha",
  "vi",
  "la",
]);
// Letters only Vietnamese writes: not those Western names share (à, é, ó, ã ...), but "ĩ" and "ũ" ("Vũ", "Vĩnh") are
// Vietnamese's own too.
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]/u;

/** A Vietnamese personal name: three or more syllables, a Vietnamese family name, Vietnamese letters. */
export function looksVietnamese(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 3 && FAMILY_NAMES.has(words[0]!) && VIETNAMESE_LETTERS.test(name.toLowerCase());
}

/** At most this many words in a name written without a title ("Tôn Nữ Thị Ninh"): longer runs are names of things. */
const MAX_BARE_NAME_WORDS = 4;

/**
 * A Vietnamese full name that needs no title to be one: "Nguyễn Văn A", not "Văn Miếu Quốc Tử Giám" ("văn" opens
 * no bare name) nor a longer run.
 */
export function looksLikeVietnameseName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length <= MAX_BARE_NAME_WORDS && words[0] !== "văn" && looksVietnamese(name);
}

/**
 * A foreign name written as it is ("Ramos", "Sergio Ramos"): no word carries a Vietnamese mark and some word is no
 * Vietnamese syllable, so it is neither a Vietnamese word ("Chính phủ", "Hai") nor a Vietnamese name; nor all
 * capitals.
 */
export function looksForeign(name: string): boolean {
  const words = name.split(/\s+/);
  const acronym = words.every((w) => w === w.toUpperCase()); // "TPO", "AFP": an outlet, not a name
  return !acronym && !words.some(hasVietnameseMarks) && words.some((w) => !isVietnameseSyllable(w));
}
