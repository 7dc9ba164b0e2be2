import { characterClasses } from "../../text/character-classes.ts";
import { hasVietnameseMarks } from "./vietnamese-syllable.ts";

// Scraped pages lose the space between blocks or words: "... của NgaÔng Kim ...", "thi đấu tạiAPL 2024". A
// Vietnamese syllable never has a capital inside it, so a lower-case letter followed by a capital, where one
// side carries a Vietnamese mark, is two words. Brand names ("TikTok", "VinFast", "VnExpress") carry no mark
// and stay whole.

/** A lower-case letter, then a capital: the seam of two glued words. */
const SEAM = /(?<=\p{Ll})(?=\p{Lu})/u;
/** From a word's start, the word of letters with a seam inside. */
const GLUED = /\p{L}*?\p{Ll}\p{Lu}\p{L}*/uy;
const LETTER = /^\p{L}$/u;
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;

const LOWER = 1;
const UPPER = 2;
const OTHER = 3;
/**
 * Seams are rare, and a regular expression pairing the two cases tests both huge classes at every character (20 to
 * 80 ns a character): a scan of the characters' remembered cases finds them about ten times faster.
 */
const caseOf = characterClasses((char) => (LOWER_CASE.test(char) ? LOWER : UPPER_CASE.test(char) ? UPPER : OTHER));

/** "NgaÔng" → "Nga Ông", "tạiAPL" → "tại APL"; "iPhone", "TikTok" stay. Expects NFC text. */
export function splitGluedWords(text: string): string {
  let out = "";
  let done = 0;
  for (let seam = seamAfter(text, 0); seam >= 0; seam = seamAfter(text, done)) {
    const start = wordStart(text, seam);
    GLUED.lastIndex = start;
    const word = GLUED.exec(text)![0];
    out += text.slice(done, start) + splitWord(word);
    done = start + word.length;
  }
  return done ? out + text.slice(done) : text;
}

/** Where the first seam at or after `from` starts (its lower-case letter), or -1. */
function seamAfter(text: string, from: number): number {
  let before = OTHER;
  let beforeWidth = 1;
  for (let at = from; at < text.length; ) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1; // a character outside the BMP is two code units
    const kind = caseOf(code);
    if (kind === UPPER && before === LOWER) return at - beforeWidth;
    before = kind;
    beforeWidth = width;
    at += width;
  }
  return -1;
}

/** Where the word of letters that goes on at `at` starts. */
function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    // A letter outside the BMP is two code units: a low surrogate after its high one.
    const width = start > 1 && /[\udc00-\udfff]/.test(text[start - 1]!) ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

/** A glued word with a space at each seam where one side carries a Vietnamese mark. */
function splitWord(word: string): string {
  const parts = word.split(SEAM);
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k++) {
    const seam = hasVietnameseMarks(parts[k - 1]!) || hasVietnameseMarks(parts[k]!);
    out += (seam ? " " : "") + parts[k];
  }
  return out;
}
