import { dropFurniture } from "./clean/drop-furniture.ts";
import { normalizeCharacters } from "./clean/normalize-characters.ts";
import type { LanguagePack } from "./lang/language-pack.ts";

/**
 * The article text the extractor works on: one encoding (NFC, one form of each letter), the language's
 * spelling repairs (tone-mark placement, censored words), page furniture removed, one paragraph per line.
 * Sentence offsets refer to this text.
 */
export function cleanText(raw: string, pack: LanguagePack): string {
  const lines = articleLines(raw, pack);
  const dateline = pack.furniture.datelinePrefix;
  if (!dateline) return lines.join("\n");
  // A dateline opens the first paragraph, under a headline and maybe an editor's note.
  return lines
    .map((line, i) => (i < DATELINE_LINES ? line.replace(dateline, "") : line))
    .filter((line) => line.length > 0)
    .join("\n");
}

/** The dateline that opens the article's first paragraph, as written ("SEOUL, June 19 (Reuters) -"), if there is one. */
export function datelineOf(raw: string, pack: LanguagePack): string | undefined {
  const dateline = pack.furniture.datelinePrefix;
  if (!dateline) return undefined;
  for (const line of articleLines(raw, pack).slice(0, DATELINE_LINES)) {
    const found = dateline.exec(line);
    if (found) return found[0];
  }
  return undefined;
}

/** How many lines at the top may hold the dateline. */
const DATELINE_LINES = 4;

/** The last article's lines, kept because the pipeline asks for the text and then for its dateline. */
let lastArticle: { raw: string; pack: LanguagePack; lines: readonly string[] } | undefined;

/**
 * The article's lines in one encoding, with the language's spelling repairs and without page furniture.
 * Normalizing is the costliest step of cleaning, so the lines of the last article are reused.
 */
function articleLines(raw: string, pack: LanguagePack): readonly string[] {
  if (lastArticle?.raw !== raw || lastArticle.pack !== pack) {
    lastArticle = { raw, pack, lines: dropFurniture(pack.normalize(normalizeCharacters(raw)).split("\n"), pack.furniture) };
  }
  return lastArticle.lines;
}
