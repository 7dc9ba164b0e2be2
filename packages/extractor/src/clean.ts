import { dropFurniture } from "./clean/drop-furniture.ts";
import { normalizeCharacters } from "./clean/normalize-characters.ts";
import { restoreCensoredWords } from "./clean/restore-censored-words.ts";
import { unifyToneMarks } from "./clean/unify-tone-marks.ts";

/**
 * The article text the extractor works on: one encoding (NFC, Đ, one tone-mark placement), censored words
 * restored, page furniture removed, one paragraph per line. Sentence offsets refer to this text.
 */
export function cleanText(raw: string): string {
  const normalized = restoreCensoredWords(unifyToneMarks(normalizeCharacters(raw)));
  return dropFurniture(normalized.split("\n")).join("\n");
}
