import { readFileSync } from "node:fs";
import { z } from "zod";
import { PACKED_LANGUAGES } from "../lang/pack-for.ts";
import { characterClasses } from "../text/character-classes.ts";

/**
 * What tells a language apart, as data: `letters` that mark its words (Vietnamese: ă ơ ư đ and the tone
 * marks no other Latin-script language uses) and common `words` (function words).
 */
const LanguageSigns = z.object({ letters: z.string().default(""), words: z.array(z.string().min(1)).default([]) });
const OtherLanguages = z.object({
  languages: z.record(z.string(), LanguageSigns),
  /** A writing system (Unicode script name) other than Latin, and the language it most likely is. */
  scripts: z.record(z.string(), z.string()),
});

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
const other = OtherLanguages.parse(readJson("./other-languages.json"));
const SIGNS: [string, z.infer<typeof LanguageSigns>][] = [
  // Languages with a pack keep their signs in lang/<code>/detect.json; the others are only named.
  ...PACKED_LANGUAGES.map((code): [string, z.infer<typeof LanguageSigns>] => [
    code,
    LanguageSigns.parse(readJson(`../lang/${code}/detect.json`)),
  ]),
  ...Object.entries(other.languages),
];

/** For each word, the languages it is a common word of. */
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [code, signs] of SIGNS) {
  for (const word of signs.words) {
    const key = word.normalize("NFC").toLowerCase();
    WORD_LANGUAGES.set(key, [...(WORD_LANGUAGES.get(key) ?? []), code]);
  }
}
/** Languages whose own letters mark a word as theirs: a word's marks are bits of this list. */
const LETTER_LANGUAGES = SIGNS.filter(([, signs]) => signs.letters).map(([code]) => code);
/** For each letter some language owns, the languages (as bits) it marks. */
const LETTER_MARKS = new Map<string, number>();
for (const [bit, code] of LETTER_LANGUAGES.entries()) {
  for (const letter of SIGNS.find(([c]) => c === code)![1]
    .letters.normalize("NFC")
    .toLowerCase()) {
    LETTER_MARKS.set(letter, (LETTER_MARKS.get(letter) ?? 0) | (1 << bit));
  }
}
/** What the sample scan needs of a character, as bits: it is classified (never 0), Latin, a letter; then its marks. */
const CLASSIFIED = 1;
const LATIN = 2;
const LETTER = 4;
const MARKS_SHIFT = 3;
/** Marks fit the 16 bits of a character's class. */
const MAX_LETTER_LANGUAGES = 16 - MARKS_SHIFT;
if (LETTER_LANGUAGES.length > MAX_LETTER_LANGUAGES)
  throw new Error(`detect-language: more than ${MAX_LETTER_LANGUAGES} languages with letters`);
const LATIN_SCRIPT = /\p{Script=Latin}/u;
const ANY_LETTER = /\p{L}/u;
const signsOf = characterClasses(
  (char) =>
    CLASSIFIED |
    (LATIN_SCRIPT.test(char) ? LATIN : 0) |
    (ANY_LETTER.test(char) ? LETTER : 0) |
    ((LETTER_MARKS.get(char) ?? 0) << MARKS_SHIFT),
);
const SCRIPT_TESTS = Object.entries(other.scripts).map(([script, code]) => [code, new RegExp(`\\p{Script=${script}}`, "gu")] as const);

/** The start of an article is enough to tell its language, and keeps detection cheap on long ones. */
const SAMPLE_CHARS = 1000;
/** Share of the words that must point to the language found. */
const MIN_SHARE = 0.1;
/** Words that must point to it, at the least. */
const MIN_WORDS = 2;
/** How many times more words must point to it than to the runner-up. */
const MIN_MARGIN = 1.5;
/** Letters needed to name a language from its writing system. */
const MIN_SCRIPT_LETTERS = 10;
/** Share of kana among Han characters that makes a text Japanese rather than Chinese. */
const KANA_SHARE = 0.1;

export interface DetectedLanguage {
  /** ISO 639-1 code. */
  lang: string;
  /** Share of the words (or, for a writing system, of the letters) pointing to it. */
  share: number;
}

/**
 * The language of a text, or undefined when it cannot be told with confidence (too short, or mixed).
 * Latin-script text: each word counts for the languages it marks (by its letters, or as a common word of
 * theirs), and the language with the largest share wins when the share is large enough and well ahead.
 * Other scripts: the language its writing system most likely is.
 */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const sample = text.slice(0, SAMPLE_CHARS).normalize("NFC").toLowerCase();
  const { words, latin, letters } = readSample(sample);
  if (latin < letters / 2) return detectScript(sample, letters);
  const counts = new Map<string, number>();
  for (const { word, marks } of words) {
    const languages = WORD_LANGUAGES.get(word);
    if (languages) for (const code of languages) counts.set(code, (counts.get(code) ?? 0) + 1);
    for (let bit = 0; bit < LETTER_LANGUAGES.length; bit++) {
      const code = LETTER_LANGUAGES[bit]!;
      if (marks & (1 << bit) && !languages?.includes(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best) return undefined;
  const [lang, count] = best;
  const share = count / words.length;
  if (count < MIN_WORDS || share < MIN_SHARE || (second && count < second[1] * MIN_MARGIN)) return undefined;
  return { lang, share };
}

/** A Latin-script word of the sample, and the languages its letters mark (bits of `LETTER_LANGUAGES`). */
interface SampleWord {
  word: string;
  marks: number;
}

/**
 * The Latin-script words of a sample, and how many characters they and its letters (of any script) have: one pass over
 * its characters, where matching words and letters with regular expressions and testing each word's letters cost more
 * than detection's counting.
 */
function readSample(sample: string): { words: SampleWord[]; latin: number; letters: number } {
  const words: SampleWord[] = [];
  let latin = 0;
  let letters = 0;
  let start = -1;
  let marks = 0;
  for (let at = 0; at <= sample.length; ) {
    const code = at < sample.length ? sample.codePointAt(at)! : 0;
    const width = code > 0xffff ? 2 : 1;
    const signs = at < sample.length ? signsOf(code) : CLASSIFIED;
    if (signs & LETTER) letters += width;
    if (signs & LATIN) {
      if (start < 0) start = at;
      latin += width;
      marks |= signs >> MARKS_SHIFT;
    } else if (start >= 0) {
      words.push({ word: sample.slice(start, at), marks });
      start = -1;
      marks = 0;
    }
    at += width;
  }
  return { words, latin, letters };
}

/** The language of a text in another writing system, by the script most of its letters are in. */
function detectScript(sample: string, letters: number): DetectedLanguage | undefined {
  const counts = new Map<string, number>();
  for (const [code, test] of SCRIPT_TESTS) counts.set(code, (counts.get(code) ?? 0) + (sample.match(test)?.length ?? 0));
  const kana = counts.get("ja") ?? 0;
  if (kana && kana >= (counts.get("zh") ?? 0) * KANA_SHARE) counts.set("ja", kana + (counts.get("zh") ?? 0));
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < MIN_SCRIPT_LETTERS || best[1] < letters / 2) return undefined;
  return { lang: best[0], share: best[1] / letters };
}
