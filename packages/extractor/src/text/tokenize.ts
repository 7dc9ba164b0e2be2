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
}

// A word keeps inner hyphens, apostrophes and dots ("Jong-un", "O'Brien", "16.1", "U.S"); anything else is one punctuation token.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’./][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/** Splits a sentence into tokens with offsets into it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    tokens.push({
      text: value,
      key: value.toLowerCase(),
      start: match.index,
      end: match.index + value.length,
      capitalized: UPPER_START.test(value),
      word: WORD_START.test(value),
    });
  }
  return tokens;
}
