// Enough of Vietnamese phonotactics to tell a syllable ("tiền", "bom") from an abbreviation ("eg", "us").

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
const NUCLEUS = "[aăâeêioôơuưy]{1,3}";
const CODA = "(?:ch|ng|nh|[cmnpt])?";
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`, "u");
const VIETNAMESE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]|đ/u;

/** Whether a word has the shape of one Vietnamese syllable (case and tone marks ignored). */
export function isVietnameseSyllable(word: string): boolean {
  const toneless = word.toLowerCase().normalize("NFD").replace(TONE_MARKS, "").normalize("NFC");
  return SYLLABLE.test(toneless);
}

/** Whether a word carries a Vietnamese diacritic or đ: a sign it is Vietnamese rather than English. */
export function hasVietnameseMarks(word: string): boolean {
  return VIETNAMESE_MARKS.test(word.toLowerCase().normalize("NFD"));
}
