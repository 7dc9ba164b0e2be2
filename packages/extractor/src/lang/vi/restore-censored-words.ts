import { hasVietnameseMarks, isVietnameseSyllable } from "./vietnamese-syllable.ts";

// Sites break sensitive words with a dot to dodge filters: "t.iền", "c.hết", "n.ém b.om". A dot inside
// one syllable is removed; a dot that is a decimal ("16.1"), an abbreviation ("U.S.", "TP.HCM", "e.g.")
// or a domain ("vnexpress.net") stays, because what it joins is not one Vietnamese syllable.

/** Where a censored word may be: a dot before a lower-case letter (and after a letter, checked by hand: a regex that starts with a dot scans fast). */
const DOT_IN_WORD = /\.(?=\p{Ll})/gu;
const LETTER = /[\p{L}\p{M}]/u;
const WORD_OR_DOT = /[\p{L}\p{M}.]/u;
const DIGIT = /\d/;

/** "t.iền" → "tiền", "t.ử v.ong" → "tử vong", leaving "U.S.", "16.1" and "e.g." alone. Expects NFC text. */
export function restoreCensoredWords(text: string): string {
  let out = "";
  let copied = 0;
  DOT_IN_WORD.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = DOT_IN_WORD.exec(text))) {
    if (!LETTER.test(text[hit.index - 1] ?? "")) continue;
    // The whole dotted token around the hit, without the dots that end a sentence or open an ellipsis.
    let start = hit.index;
    while (start > 0 && WORD_OR_DOT.test(text[start - 1]!)) start--;
    let end = hit.index + 2;
    while (end < text.length && WORD_OR_DOT.test(text[end]!)) end++;
    DOT_IN_WORD.lastIndex = end;
    while (text[start] === ".") start++;
    while (text[end - 1] === ".") end--;
    if (DIGIT.test(text[start - 1] ?? "") || DIGIT.test(text[end] ?? "")) continue; // "3.a", "a.b2": codes, not words
    const word = joinCensored(text.slice(start, end));
    if (word === undefined) continue;
    out += text.slice(copied, start) + word;
    copied = end;
  }
  return copied ? out + text.slice(copied) : text;
}

/** The word a dotted token hides, or undefined when the dots are real (abbreviations, domains). */
function joinCensored(token: string): string | undefined {
  const parts = token.split(".");
  if (parts.some((p) => !p)) return undefined; // "a..b"
  if (parts.slice(1).some((p) => p[0] !== p[0]!.toLowerCase())) return undefined; // "U.S", "TP.HCM", "V.League"
  const word = parts.join("");
  if (!isVietnameseSyllable(word)) return undefined; // "e.g", "vnexpress.net"
  if (word.length < 3 && !hasVietnameseMarks(word)) return undefined; // "a.m": two plain letters are an abbreviation
  return word;
}
