import { restoreCensoredWords } from "./restore-censored-words.ts";
import { splitGluedWords } from "./split-glued-words.ts";
import { unifyToneMarks } from "./unify-tone-marks.ts";

/** One tone-mark placement ("hòa", not "hoà"), censored words restored ("t.iền" → "tiền"), glued words parted. */
export function normalizeVietnamese(text: string): string {
  return splitGluedWords(restoreCensoredWords(unifyToneMarks(text)));
}
