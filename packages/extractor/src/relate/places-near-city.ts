import type { Lexicon } from "../lexicon/lexicon.ts";
import type { ResolvedArticle, ResolvedMention } from "../resolve/resolve-article.ts";
import { nameKey } from "../text/name-key.ts";
import { placeWordsAt } from "./relate-static.ts";
import type { RelationCandidate } from "./relate-sentence.ts";
import type { SentenceView } from "./sentence-view.ts";

/** The rule of a place beside a city, placed in the city's country. */
const RULE = "located-in:near-city";

/** Less sure than a place said to be in its country: beside a city is most often, not always, inside its country. */
const CONFIDENCE = 0.7;

/** At most this many tokens between a distance's city and its number: "cách Y khoảng 80 km". */
const DISTANCE_REACH = 3;

/**
 * "căn cứ không quân X gần Y", "X ở ngoại ô Y", "khu X, ngoại ô thủ đô Y", "X, cách Y khoảng 80 km": a place beside a
 * city lies in the city's country; the city a capital that stands for its country, or a place the lexicon puts in
 * one. A country named by its own name ("gần Nga") is only a neighbour.
 */
export function placesNearCity(view: SentenceView, resolved: ResolvedArticle, lexicon: Lexicon): RelationCandidate[] {
  const near = view.pack.statics.nearCity;
  if (!near) return [];
  const out: RelationCandidate[] = [];
  for (const m of view.mentions) {
    if (m.type !== "LOCATION") continue;
    const after = view.key(m.to) === "," ? m.to + 1 : m.to;
    const beside = view.phraseAt(after, near.phrases);
    const distance = beside ? 0 : view.phraseAt(after, near.distance);
    if (!beside && !distance) continue;
    const at = after + beside + distance;
    const city = view.mentionAt[at + placeWordsAt(view, at)];
    if (!city || city.from !== at + placeWordsAt(view, at)) continue;
    if (distance && !numberAfter(view, city.to)) continue;
    const target = countryOfCity(view, resolved, lexicon, city);
    if (target && target !== m.ids[0])
      out.push({ type: "LOCATED_IN", source: m.ids[0]!, target, status: "occurred", rule: RULE, confidence: CONFIDENCE });
  }
  return out;
}

/** The country of a city: the country a capital stands for, or the one the lexicon puts a known place in. */
function countryOfCity(view: SentenceView, resolved: ResolvedArticle, lexicon: Lexicon, city: ResolvedMention): string | undefined {
  const entity = resolved.entities.byId.get(city.ids[0]!);
  if (!entity) return undefined;
  if (city.type === "COUNTRY") {
    return lexicon.capitals.get(nameKey(view.writtenOf(city.from, city.to)))?.country === entity.name ? entity.id : undefined;
  }
  const country = city.type === "LOCATION" && entity.entry?.country ? lexicon.byName.get(entity.entry.country) : undefined;
  return country ? resolved.entities.fromEntry(country).id : undefined;
}

/** A number within a few tokens after `from`: the distance of "cách Y khoảng 80 km". */
function numberAfter(view: SentenceView, from: number): boolean {
  for (let k = from; k < from + DISTANCE_REACH && k < view.tokens.length; k++) if (/^\d/.test(view.tokens[k]!.text)) return true;
  return false;
}
