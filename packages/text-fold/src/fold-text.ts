/** Combining diacritical marks: what NFD splits off Vietnamese and other Latin letters (the reference scorer's range). */
const DIACRITICS = /[\u0300-\u036f]/g;
/** Letters d with a stroke, which NFD does not split: Vietnamese đ/Đ, and Ð/ð (Eth), which some sites print for Đ. */
const D_WITH_STROKE = /[đĐÐð]/g;

export interface FoldOptions {
  /** Keep diacritics and đ, composed (NFC): Vietnamese lookup keys need them ("Hòa" is not "Hoa"). */
  keepDiacritics?: boolean;
}

/**
 * The one text fold: no diacritics and đ → d (unless `keepDiacritics`), lower case, runs of white space
 * as one space, no space at either end. Precomposed and decomposed input fold alike.
 * "  Điện  Bình Nhưỡng " → "dien binh nhuong"; with `keepDiacritics` → "điện bình nhưỡng".
 */
export function foldText(text: string, { keepDiacritics = false }: FoldOptions = {}): string {
  const letters = keepDiacritics ? text.normalize("NFC") : text.normalize("NFD").replace(DIACRITICS, "").replace(D_WITH_STROKE, "d");
  return letters.toLowerCase().replace(/\s+/g, " ").trim();
}
