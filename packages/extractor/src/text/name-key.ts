import { foldName } from "@news-kg/text-fold";
import { boundedMemo } from "../bounded-memo.ts";

/**
 * Marks Vietnamese writes, and the letters it writes them on: tones on any vowel, the breve on a (ă), the circumflex
 * on a, e, o (â ê ô), the horn on o, u (ơ ư). A name key keeps these; other marks are folded away, since Vietnamese
 * text often drops them from foreign names ("Khurelsukh" for "Khürelsükh", "Erdogan" for "Erdoğan").
 */
const TONES = "\u0300\u0301\u0303\u0309\u0323";
const VOWEL_MARKS: Record<string, string> = { "\u0306": "a", "\u0302": "aeo", "\u031b": "ou" };
const COMBINING = /(\P{M})(\p{M}+)/gu;

function foldForeignMarks(key: string): string {
  return key
    .normalize("NFD")
    .replace(COMBINING, (_, base: string, marks: string) => {
      const kept = [...marks].filter((mark) => TONES.includes(mark) || !!VOWEL_MARKS[mark]?.includes(base));
      return base + kept.join("");
    })
    .normalize("NFC");
}

/**
 * Lookup key for names ("Jong-un" → "jong un"): the folded name with its Vietnamese diacritics kept (Vietnamese needs
 * them), others folded ("Khürelsükh" → "khurelsukh").
 */
export function nameKey(text: string): string {
  return foldedKey(text);
}

/** Vowels that take tones and the marks of `VOWEL_MARKS`. */
const VOWELS = "aeiouy";
/** The d with a stroke, a letter of its own that NFD does not split and a name key keeps. */
const D_WITH_STROKE = "\u0111";
/**
 * A word whose lower-case form is made of these (ASCII letters and digits, the precomposed vowels with the marks a
 * name key keeps, the d with a stroke) is its own name key: `nameKey` would only normalize and fold it back to itself.
 */
const OWN_KEY = new RegExp(
  `^[a-z0-9${D_WITH_STROKE}${[...VOWELS]
    .flatMap((vowel) => ["", ...Object.keys(VOWEL_MARKS).filter((mark) => VOWEL_MARKS[mark]!.includes(vowel))].map((mark) => vowel + mark))
    .flatMap((base) => ["", ...TONES].map((tone) => (base + tone).normalize("NFC")))
    .join("")}]+$`,
  "u",
);

/**
 * The name key of a word of letters and digits, given its lower-case `key`: most words of a text, Vietnamese ones
 * too, are their own key, told by one test rather than a `nameKey` lookup.
 */
export function wordNameKey(word: string, key: string): string {
  return OWN_KEY.test(key) ? key : nameKey(word);
}

/** Room for the names and words of a large corpus's articles: folding normalizes twice, a lookup is cheap. */
const KNOWN_KEYS = 20_000;
const foldedKey = boundedMemo((text) => foldForeignMarks(foldName(text, { keepDiacritics: true })), KNOWN_KEYS);
