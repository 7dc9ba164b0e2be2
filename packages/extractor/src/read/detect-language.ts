import { readFileSync } from "node:fs";
import { z } from "zod";
import { PACKED_LANGUAGES } from "../lang/pack-for.ts";

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
/** Languages whose own letters mark a word as theirs. */
const LETTER_TESTS = SIGNS.filter(([, signs]) => signs.letters).map(
  ([code, signs]) => [code, new RegExp(`[${[...signs.letters.normalize("NFC").toLowerCase()].join("")}]`, "u")] as const,
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
  const words = sample.match(/\p{Script=Latin}+/gu) ?? [];
  const letters = length(sample.match(/\p{L}+/gu));
  if (length(words) < letters / 2) return detectScript(sample, letters);
  const counts = new Map<string, number>();
  for (const word of words) {
    const languages = WORD_LANGUAGES.get(word);
    if (languages) for (const code of languages) counts.set(code, (counts.get(code) ?? 0) + 1);
    for (const [code, test] of LETTER_TESTS) {
      if (!languages?.includes(code) && test.test(word)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best) return undefined;
  const [lang, count] = best;
  const share = count / words.length;
  if (count < MIN_WORDS || share < MIN_SHARE || (second && count < second[1] * MIN_MARGIN)) return undefined;
  return { lang, share };
}

/** How many characters the strings have in all. */
function length(strings: string[] | null): number {
  let sum = 0;
  for (const s of strings ?? []) sum += s.length;
  return sum;
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
