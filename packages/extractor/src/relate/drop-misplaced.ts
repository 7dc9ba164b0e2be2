import type { Relation } from "@news-kg/schema";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";

/**
 * Drops "X is in country Y" where the lexicon knows X lies elsewhere or in no one country: "a tour of the
 * Middle East in Cairo" does not put the Middle East in Egypt, nor "African leaders in Tripoli" Africa in the city.
 * Places the lexicon does not know keep what the sentence says.
 */
export function dropMisplaced(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  const { byId } = resolved.entities;
  return relations.filter((r) => {
    if (r.type !== "LOCATED_IN") return true;
    const place = byId.get(r.source);
    const country = byId.get(r.target);
    // "các nguyên thủ châu Phi tại Tripoli": a region of several countries lies in no city nor country.
    if (place?.entry?.region) return !!country?.entry?.region;
    if (place?.type !== "LOCATION" || !place.entry || country?.type !== "COUNTRY") return true;
    return place.entry.country === country.name;
  });
}
