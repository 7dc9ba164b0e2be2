import { hasVietnameseMarks } from "./vietnamese-syllable.ts";

// Scraped pages lose the space between blocks or words: "... của NgaÔng Kim ...", "thi đấu tạiAPL 2024". A
// Vietnamese syllable never has a capital inside it, so a lower-case letter followed by a capital, where one
// side carries a Vietnamese mark, is two words. Brand names ("TikTok", "VinFast", "VnExpress") carry no mark
// and stay whole.

/** A lower-case letter, then a capital: the seam of two glued words. */
const SEAM = /(?<=\p{Ll})(?=\p{Lu})/u;
/** Any seam at all: most texts have none, and are returned as they are without the costlier search below. */
const ANY_SEAM = /\p{Ll}\p{Lu}/u;
/**
 * A word of letters with a seam inside. It can only start where a word starts (the look-behind), which spares
 * the engine trying it again from every letter inside every word.
 */
const GLUED = /(?<!\p{L})\p{L}*?\p{Ll}\p{Lu}\p{L}*/gu;

/** "NgaÔng" → "Nga Ông", "tạiAPL" → "tại APL"; "iPhone", "TikTok" stay. Expects NFC text. */
export function splitGluedWords(text: string): string {
  if (!ANY_SEAM.test(text)) return text;
  return text.replace(GLUED, (word) => {
    const parts = word.split(SEAM);
    let out = parts[0]!;
    for (let k = 1; k < parts.length; k++) {
      const seam = hasVietnameseMarks(parts[k - 1]!) || hasVietnameseMarks(parts[k]!);
      out += (seam ? " " : "") + parts[k];
    }
    return out;
  });
}
