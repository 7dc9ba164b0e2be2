import { restoreCensoredWords } from "./restore-censored-words.ts";
import { unifyToneMarks } from "./unify-tone-marks.ts";

/** One tone-mark placement ("hòa", not "hoà"), then censored words restored ("t.iền" → "tiền"). */
export function normalizeVietnamese(text: string): string {
  return restoreCensoredWords(unifyToneMarks(text));
}
