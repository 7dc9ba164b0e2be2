/**
 * Folds text for matching: lower case, no diacritics, đ→d, single spaces.
 * "Bình Nhưỡng" and "binh  nhuong" fold to the same string; so do NFC and decomposed input.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐÐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
