import { hasVietnameseMarks, isVietnameseSyllable } from "./vietnamese-syllable.ts";

// Sites break sensitive words with a dot to dodge filters: "t.iền", "c.hết", "n.ém b.om". A dot inside
// one syllable is removed; a dot that is a decimal ("16.1"), an abbreviation ("U.S.", "TP.HCM", "e.g.")
// or a domain ("vnexpress.net") stays, because what it joins is not one Vietnamese syllable.

/** Letters joined by inner dots, as a whole token (not part of a longer dotted chain or number). */
const DOTTED_TOKEN = /(?<![\p{L}\p{M}\d.])[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)+(?![\p{L}\p{M}\d]|\.[\p{L}\p{M}\d])/gu;

/** A letter, a dot, a lower-case letter: the least a censored word shows. */
const MAYBE_CENSORED = /[\p{L}\p{M}]\.\p{Ll}/u;

/** "t.iền" → "tiền", "t.ử v.ong" → "tử vong", leaving "U.S.", "16.1" and "e.g." alone. Expects NFC text. */
export function restoreCensoredWords(text: string): string {
  if (!MAYBE_CENSORED.test(text)) return text; // most articles have none: skip the slower token scan
  return text.replace(DOTTED_TOKEN, (token) => {
    const parts = token.split(".");
    if (parts.slice(1).some((p) => p[0] !== p[0]!.toLowerCase())) return token; // "U.S", "TP.HCM", "V.League"
    const word = parts.join("");
    if (!isVietnameseSyllable(word)) return token;
    // Two plain letters ("a.m") are an abbreviation, not a censored word.
    if (word.length < 3 && !hasVietnameseMarks(word)) return token;
    return word;
  });
}
