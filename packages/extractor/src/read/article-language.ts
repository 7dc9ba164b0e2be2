import { boundedMemo } from "../bounded-memo.ts";
import { PACKED_LANGUAGES } from "../lang/pack-for.ts";
import { detectLanguage } from "./detect-language.ts";

/** Languages with a language pack: articles in any other get names from the lexicon only, and a warning. */
export const SUPPORTED_LANGUAGES = PACKED_LANGUAGES;
/** The language of an article that neither says nor shows one, when `--lang` is not given either. */
export const DEFAULT_LANGUAGE = "vi";

/**
 * Where an article's language came from: the article itself (front matter, a JSON field, the HTML `lang`
 * attribute), its text, the `--lang` option, or the default.
 */
export type LanguageSource = "declared" | "detected" | "given" | "default";

export interface ArticleLanguage {
  lang: string;
  source: LanguageSource;
}

/**
 * The language of one article. What the article declares comes first; else the language detected from
 * its text; `given` (`--lang`) only fills in for an article that says nothing and whose text is too short
 * or too mixed to tell; the default last. Detection goes before `--lang` so that one option can be given
 * for a mixed batch without mislabelling the articles whose language shows.
 */
export function articleLanguage(declared: string | undefined, text: string, given?: string): ArticleLanguage {
  const own = normalizeLanguage(declared);
  if (own) return { lang: own, source: "declared" };
  const detected = detectLanguage(text);
  if (detected) return { lang: detected.lang, source: "detected" };
  const option = normalizeLanguage(given);
  if (option) return { lang: option, source: "given" };
  return { lang: DEFAULT_LANGUAGE, source: "default" };
}

/**
 * A language tag reduced to its language, as ISO 639-1 where there is such a code: "vi-VN" → "vi",
 * "EN_us" → "en", "vie" → "vi". Undefined for nothing, or "und" (undetermined).
 */
export function normalizeLanguage(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim().replace(/_/g, "-");
  return trimmed ? languageOfTag(trimmed) : undefined;
}

/** Room for the tags a corpus declares: a handful, each parsed once (an `Intl.Locale` costs tens of microseconds). */
const KNOWN_TAGS = 100;
const languageOfTag = boundedMemo((tag) => {
  let code: string;
  try {
    code = new Intl.Locale(tag).language;
  } catch {
    code = tag.toLowerCase().split("-")[0] ?? "";
  }
  return code && code !== "und" ? code : undefined;
}, KNOWN_TAGS);

/** Whether `tag` is a language tag (`--lang` checks it). */
export function isLanguageTag(tag: string): boolean {
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, "-")).language !== "und";
  } catch {
    return false;
  }
}

const NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** The English name of a language code ("fr" → "French"), or the code itself when unknown. */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Why an article's language deserves a warning, or undefined when it does not. */
export function languageWarning({ lang, source }: ArticleLanguage): string | undefined {
  if (source === "default") {
    return `language neither declared nor detected: read as ${lang} (${languageName(lang)}); --lang sets it`;
  }
  if (SUPPORTED_LANGUAGES.includes(lang)) return undefined;
  const how = source === "given" ? "from --lang" : source;
  return `${languageName(lang)} (${lang}, ${how}) has no language pack (${SUPPORTED_LANGUAGES.join(", ")}): only names in the lexicon are recognized`;
}
