// Vietnamese family names, for people the lexicon does not know: "Thủ tướng Phạm Minh Chính" serves Vietnam.
const FAMILY_NAMES = new Set([
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
]);
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

/** A Vietnamese personal name: three or more syllables, a Vietnamese family name, Vietnamese letters. */
export function looksVietnamese(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 3 && FAMILY_NAMES.has(words[0]!) && VIETNAMESE_LETTERS.test(name.toLowerCase());
}
