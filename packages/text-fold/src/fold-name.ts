import { type FoldOptions, foldText } from "./fold-text.ts";

/** Hyphens, dashes, underscores and dots: they separate the parts of a name ("Jong-un", "V.Putin"). */
const NAME_SEPARATORS = /[-‐–—_.]/g;
/** Quotes and apostrophes: dropped, so "Workers' Party" and "Workers Party" are one name. */
const QUOTES = /['’"“”]/g;

/**
 * A name's key: `foldText` after the reference scorer's punctuation rule (../shared/eval/score.mjs `norm`),
 * which the extractor's lexicon keys follow too. "Kim Jong-un" → "kim jong un"; "“V. Putin”" → "v putin".
 */
export function foldName(text: string, options?: FoldOptions): string {
  return foldText(text.replace(NAME_SEPARATORS, " ").replace(QUOTES, ""), options);
}
