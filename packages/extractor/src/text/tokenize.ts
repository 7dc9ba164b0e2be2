import { nameKey } from "./name-key.ts";

export interface Token {
  text: string;
  /** Lower case, NFC: what cues are matched against. */
  key: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter (a name, a title, or a sentence start). */
  capitalized: boolean;
  /** Letters or digits, not punctuation. */
  word: boolean;
  /** The key names are looked up by (`nameKey`: "Jong-un" → "jong un"); "" for punctuation. */
  nameKey: string;
}

// A word keeps inner hyphens, apostrophes and dots ("Jong-un", "O'Brien", "16.1", "U.S"); anything else is one punctuation token.
const TOKEN = /([\p{L}\p{M}\p{N}]+)((?:[-'’./][\p{L}\p{M}\p{N}]+)*)|\S/gu;

/** Splits a sentence into tokens with offsets into it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const key = value.toLowerCase();
    const first = value[0]!;
    tokens.push({
      text: value,
      key,
      start: match.index,
      end: match.index + value.length,
      // An upper-case first letter is one that lower-casing changes (digits and marks have no case).
      capitalized: first !== key[0] && first === first.toUpperCase(),
      word: match[1] !== undefined,
      // Only words with inner punctuation fold to something other than their key.
      nameKey: match[1] === undefined ? "" : match[2] ? nameKey(value) : key,
    });
  }
  return tokens;
}
