import { nameKey, wordNameKey } from "./name-key.ts";

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

/**
 * A letter, mark or digit: the common Latin ones (ASCII, Latin-1, Latin Extended, the Vietnamese letters, combining
 * marks) are tried first, as a few ranges, before the union of the huge Unicode classes (a fifth of the tokenizing).
 */
const WORD_CHAR = String.raw`(?:[a-zA-Z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0300-\u036F]|[\p{L}\p{M}\p{N}])`;
// A word keeps inner hyphens, apostrophes and dots ("Jong-un", "O'Brien", "16.1", "U.S"), and a number its thousands
// separators ("1,000 tanks": the comma parts no list); a currency sign with its country's letters ("A$105", "US$5")
// is one punctuation token, as "$" is, not a name; anything else is one punctuation token.
// The currency sign's look-ahead goes first: a look-behind tried at every character cost a third of the tokenizing.
const TOKEN = new RegExp(
  String.raw`(?=\p{Lu}{1,3}\$\d)(?<![\p{L}\p{N}])\p{Lu}{1,3}\$|(${WORD_CHAR}+)((?:[-'’./]${WORD_CHAR}+|(?<=\d),\d{3}(?!\d))*)|\S`,
  "gu",
);

/**
 * Splits a sentence into tokens with offsets into it. A word ending in one of `clitics` (the language's, as
 * the possessive "'s") gives the clitic as a punctuation token of its own: "Russia's" → "Russia", "'s".
 */
export function tokenize(text: string, clitics: readonly string[] = []): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const clitic = match[2] ? clitics.find((c) => match[0].endsWith(c) && match[0].length > c.length) : undefined;
    if (clitic) {
      const end = match.index + match[0].length - clitic.length;
      const stem = tokenize(match[0].slice(0, -clitic.length)).map((t) => ({
        ...t,
        start: t.start + match.index,
        end: t.end + match.index,
      }));
      tokens.push(...stem, {
        text: clitic,
        key: clitic.toLowerCase(),
        start: end,
        end: end + clitic.length,
        capitalized: false,
        word: false,
        nameKey: "",
      });
      continue;
    }
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
      // Only words with inner punctuation or a letter a name key folds differ from their key: a foreign mark is folded
      // away ("Nausėda", "Erdoğan" are looked up as the lexicon keys them).
      nameKey: match[1] === undefined ? "" : match[2] ? nameKey(value) : wordNameKey(value, key),
    });
  }
  return tokens;
}
