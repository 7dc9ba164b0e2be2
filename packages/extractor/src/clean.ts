import { dropFurniture } from "./clean/drop-furniture.ts";
import { normalizeCharacters } from "./clean/normalize-characters.ts";
import type { LanguagePack } from "./lang/language-pack.ts";

/**
 * The article text the extractor works on: one encoding (NFC, one form of each letter), the language's
 * spelling repairs (tone-mark placement, censored words), page furniture removed, one paragraph per line.
 * Sentence offsets refer to this text.
 */
export function cleanText(raw: string, pack: LanguagePack): string {
  const normalized = pack.normalize(normalizeCharacters(raw));
  return dropFurniture(normalized.split("\n"), pack.furniture).join("\n");
}
