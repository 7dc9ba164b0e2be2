import type { Relation } from "@news-kg/schema";
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import type { RelationCandidate } from "./relate-sentence.ts";

/** The rule of a known place placed in the one country the lexicon gives it. */
export const KNOWN_PLACE_RULE = "located-in:known-place";

/** Less sure than a place the text puts somewhere: the country is the reader's knowledge, the lexicon's. */
const CONFIDENCE = 0.6;

/**
 * "talks in Busan", "a rally in Antalya": a place the lexicon knows to lie in one country, which no
 * sentence places anywhere, lies in that country (the reader knows it as the gold does). Placed once, at its first
 * mention. A place the text puts somewhere ("Sapporo, in Hokkaido") keeps only what the text says; a
 * region the lexicon gives no single country ("the Middle East") is placed nowhere. Returns, per sentence index,
 * the candidates to add.
 */
export function knownPlaces(resolved: ResolvedArticle, lexicon: Lexicon, placed: readonly Relation[]): Map<number, RelationCandidate[]> {
  const out = new Map<number, RelationCandidate[]>();
  const done = new Set(placed.filter((r) => r.type === "LOCATED_IN").map((r) => r.source));
  resolved.mentions.forEach((mentions, i) => {
    for (const m of mentions) {
      if (m.type !== "LOCATION") continue;
      const id = m.ids[0]!;
      const place = resolved.entities.byId.get(id);
      const country = place?.entry?.country ? lexicon.byName.get(place.entry.country) : undefined;
      if (!country || done.has(id)) continue;
      done.add(id);
      const target = resolved.entities.fromEntry(country).id;
      const candidate: RelationCandidate = {
        type: "LOCATED_IN",
        source: id,
        target,
        status: "occurred",
        rule: KNOWN_PLACE_RULE,
        confidence: CONFIDENCE,
      };
      out.set(i, [...(out.get(i) ?? []), candidate]);
    }
  });
  return out;
}
