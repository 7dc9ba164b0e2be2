import { foldName } from "@news-kg/text-fold";

/** Lookup key for names ("Jong-un" → "jong un"): the folded name with its diacritics kept (Vietnamese needs them). */
export function nameKey(text: string): string {
  return foldName(text, { keepDiacritics: true });
}
