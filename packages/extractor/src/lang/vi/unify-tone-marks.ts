// Vietnamese circulates two tone-mark placements for the open rhymes oa, oe and uy: "hoà"/"hòa",
// "khoẻ"/"khỏe", "thuỷ"/"thủy". We keep one form, the tone on the first vowel ("hòa", "thủy"), which is
// what most outlets print. Closed syllables ("hoàn", "huỳnh") have one placement only and are left alone,
// as is "qu" + y ("quý"), where u belongs to the consonant, and so are foreign words ("Chloé").

import { isVietnameseSyllable } from "./vietnamese-syllable.ts";

const TONED_A = "àáảãạ";
const TONED_E = "èéẻẽẹ";
const TONED_Y = "ỳýỷỹỵ";
const TONED_O = "òóỏõọ";
const TONED_U = "ùúủũụ";

/** Tone on the second vowel of oa/oe, or on the y of uy (not quy), at the end of a word. */
const SECOND_VOWEL_TONED = new RegExp(
  `([oO])([${TONED_A}${TONED_E}${TONED_A.toUpperCase()}${TONED_E.toUpperCase()}])(?![\\p{L}\\p{M}])` +
    `|(?<![qQ])([uU])([${TONED_Y}${TONED_Y.toUpperCase()}])(?![\\p{L}\\p{M}])`,
  "gu",
);
const LETTER = /[\p{L}\p{M}]/u;

/** Which tone (0-4) a toned vowel carries, and its toneless base. */
const TONE_OF = new Map<string, { tone: number; base: string }>();
for (const [toned, base] of [
  [TONED_A, "a"],
  [TONED_E, "e"],
  [TONED_Y, "y"],
] as const) {
  [...toned].forEach((c, tone) => {
    TONE_OF.set(c, { tone, base });
    TONE_OF.set(c.toUpperCase(), { tone, base: base.toUpperCase() });
  });
}

const withTone = (vowel: string, tone: number) => {
  const lower = vowel.toLowerCase() === "o" ? TONED_O[tone]! : TONED_U[tone]!;
  return vowel === vowel.toUpperCase() ? lower.toUpperCase() : lower;
};

/** "hoà" → "hòa", "Thuỷ" → "Thủy", "UÝ" → "ÚY", "khoẻ" → "khỏe". Expects NFC text. */
export function unifyToneMarks(text: string): string {
  return text.replace(
    SECOND_VOWEL_TONED,
    (match: string, o: string | undefined, oSecond: string | undefined, u: string | undefined, uSecond: string | undefined, at: number) => {
      let wordStart = at;
      while (wordStart > 0 && LETTER.test(text[wordStart - 1]!)) wordStart--;
      if (!isVietnameseSyllable(text.slice(wordStart, at) + match)) return match; // "Chloé"
      const { tone, base } = TONE_OF.get((oSecond ?? uSecond)!)!;
      return withTone((o ?? u)!, tone) + base;
    },
  );
}
