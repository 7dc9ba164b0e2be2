import { dropFurniture } from "./clean/drop-furniture.ts";
import { normalizeCharacters } from "./clean/normalize-characters.ts";
import type { LanguagePack } from "./lang/language-pack.ts";

/** An article cleaned for the extractor, and the dateline its first paragraph opened on. */
export interface CleanArticle {
  /**
   * The article text the extractor works on: one encoding (NFC, one form of each letter), the language's
   * spelling repairs (tone-mark placement, censored words), page furniture removed, one paragraph per line.
   * Sentence offsets refer to this text.
   */
  text: string;
  /** The dateline that opens the article's first paragraph, as written ("SEOUL, June 19 (Reuters) -"), if there is one. */
  dateline?: string;
}

/** Cleans an article once for both its text and its dateline: normalizing is the costliest step of cleaning. */
export function cleanArticle(raw: string, pack: LanguagePack): CleanArticle {
  const outlet = pack.furniture.outletPrefix;
  const dropped = dropFurniture(pack.normalize(normalizeCharacters(raw)).split("\n"), pack.furniture);
  // An outlet's credit opens the first paragraph, as a dateline does, and names no place.
  const shape = pack.furniture.outletShapePrefix;
  const credit = (line: string, i: number) => {
    if (i >= DATELINE_LINES) return line;
    const known = outlet ? line.replace(outlet, "") : line;
    return shape && i > 0 && known === line ? line.replace(shape, "") : known;
  };
  const lines = outlet || shape ? dropped.map(credit) : dropped;
  const dateline = pack.furniture.datelinePrefix;
  if (!dateline) return { text: lines.join("\n") };
  const opening = lines
    .slice(0, DATELINE_LINES)
    .map((line) => dateline.exec(line)?.[0])
    .find((found) => found !== undefined);
  // A dateline opens the first paragraph, under a headline and maybe an editor's note.
  const text = lines
    .map((line, i) => (i < DATELINE_LINES ? line.replace(dateline, "") : line))
    .filter((line) => line.length > 0)
    .join("\n");
  return opening === undefined ? { text } : { text, dateline: opening };
}

/** The text of `cleanArticle`. */
export function cleanText(raw: string, pack: LanguagePack): string {
  return cleanArticle(raw, pack).text;
}

/** How many lines at the top may hold the dateline. */
const DATELINE_LINES = 4;
