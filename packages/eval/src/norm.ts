/** Names compared ignoring diacritics, đ, case, hyphens, dots, quotes and spacing ("Kim Jong-un" = "kim jong un"). */
export function norm(s: unknown): string {
  return String(s ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐÐð]/g, "d")
    .toLowerCase()
    .replace(/[-‐–—_.]/g, " ")
    .replace(/['’"“”]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
