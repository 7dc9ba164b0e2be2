import type { Lexicon } from "../lexicon/lexicon.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import type { RelationCandidate } from "./relate-sentence.ts";
import type { SentenceView } from "./sentence-view.ts";

/** At most this many words describe the kind before its noun: "the remote southern port city of X". */
const MAX_KIND_WORDS = 3;

/** The rule of a place named by its kind and placed where the lexicon puts it. */
const RULE = "located-in:named-kind-lexicon";

/** Less sure than a place said to be in its country: the country is the one the lexicon gives. */
const CONFIDENCE = 0.7;

/**
 * "the southern city of X", "the central province of X": a known place named by a definite kind with a compass
 * point and no country in the phrase is placed within a country the reader already knows, the lexicon's. ("the
 * port of X" places it nowhere; "the Vietnamese coastal city of X" and "Vietnam's central city of X" say the
 * country and are read elsewhere.)
 */
export function placesNamedByKind(view: SentenceView, resolved: ResolvedArticle, lexicon: Lexicon): RelationCandidate[] {
  const kinds = view.pack.statics.placeKinds;
  if (!kinds) return [];
  const out: RelationCandidate[] = [];
  for (const m of view.mentions) {
    const place = m.type === "LOCATION" ? resolved.entities.byId.get(m.ids[0]!) : undefined;
    const country = place?.entry?.country ? lexicon.byName.get(place.entry.country) : undefined;
    if (!country || !namedByDefiniteKind(view, m.from)) continue;
    const target = resolved.entities.fromEntry(country).id;
    out.push({ type: "LOCATED_IN", source: place!.id, target, status: "occurred", rule: RULE, confidence: CONFIDENCE });
  }
  return out;
}

/** Before token `at`: a determiner, a few plain words with a compass point among them, a noun of a kind of place and its "of". */
function namedByDefiniteKind(view: SentenceView, at: number): boolean {
  const { placeKinds, directions } = view.pack.statics;
  const noun = at - 2;
  if (!directions || view.key(at - 1) !== placeKinds!.of || !placeKinds!.nouns.has(view.key(noun)) || !plain(view, noun)) return false;
  let pointed = false;
  for (let k = noun - 1; k >= noun - 1 - MAX_KIND_WORDS && k >= 0; k--) {
    if (view.pack.mentions.determiners.has(view.key(k))) return pointed;
    if (!plain(view, k)) return false;
    pointed ||= directions.has(view.key(k));
  }
  return false;
}

/** A lower-case word of no mention, inside the clause. */
function plain(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  return !!token?.word && !token.capitalized && !view.mentionAt[i] && !view.isBreak(i);
}
