import type { Lexicon, LexiconEntry } from "../lexicon/lexicon.ts";
import type { ResolvedArticle, ResolvedMention } from "../resolve/resolve-article.ts";
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
 * country and are read elsewhere.) In Vietnamese the kind word alone does it: "tỉnh X", "bang Y".
 */
export function placesNamedByKind(
  view: SentenceView,
  resolved: ResolvedArticle,
  lexicon: Lexicon,
  told: readonly RelationCandidate[],
): RelationCandidate[] {
  const { placeKinds, placingKinds } = view.pack.statics;
  if (!placeKinds && !placingKinds) return [];
  const out: RelationCandidate[] = [];
  for (const m of view.mentions) {
    const place = m.type === "LOCATION" ? resolved.entities.byId.get(m.ids[0]!) : undefined;
    const country = place?.entry?.country ? lexicon.byName.get(place.entry.country) : undefined;
    if (!country || !((placeKinds && namedByDefiniteKind(view, m.from)) || placedByKind(view, m, place!.entry!, told))) continue;
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

/** At most this many words make a kind that places a name ("thị trấn", "sân bay quốc tế"). */
const MAX_PLACING_WORDS = 4;

/**
 * "tỉnh X", "bang Y": a known place after a kind word the lexicon agrees with, that the sentence itself puts nowhere
 * ("thành phố X, tỉnh Y" is left where the sentence puts it).
 */
function placedByKind(view: SentenceView, m: ResolvedMention, entry: LexiconEntry, told: readonly RelationCandidate[]): boolean {
  const kinds = view.pack.statics.placingKinds;
  const kind = kinds && placingKindOf(view, m, kinds);
  if (!kind || !lexiconKindAgrees(entry, kind)) return false;
  return !told.some((c) => c.type === "LOCATED_IN" && c.source === m.ids[0]);
}

/** "tỉnh X", "bang Y": the lower-case kind word that opens the place's mention or stands right before it. */
export function placingKindOf(view: SentenceView, m: { from: number; to: number }, kinds: ReadonlySet<string>): string | undefined {
  for (let n = 1; n <= MAX_PLACING_WORDS; n++) {
    // The kind inside the mention ("tỉnh X" as one alias) or just before it.
    const inside = m.from + n < m.to ? view.keysOf(m.from, m.from + n) : undefined;
    const before =
      m.from - n >= 0 && !view.mentionAt[m.from - n] && !view.isBreak(m.from - n) ? view.keysOf(m.from - n, m.from) : undefined;
    const kind = inside && kinds.has(inside) ? inside : before && kinds.has(before) ? before : undefined;
    if (kind && !view.tokens[kind === inside ? m.from : m.from - n]!.capitalized) return kind;
  }
  return undefined;
}

/**
 * The lexicon names the place with no kind, or with this one: "tỉnh Gaza" is not the entry written "dải Gaza" (a
 * province of the same name elsewhere).
 */
function lexiconKindAgrees(entry: LexiconEntry, kind: string): boolean {
  let kinded = false;
  for (const alias of entry.aliases) {
    const first = alias[0];
    if (!first || first === first.toUpperCase()) continue;
    kinded = true;
    if (alias.toLowerCase().startsWith(`${kind} `)) return true;
  }
  return !kinded;
}

/** A lower-case word of no mention, inside the clause. */
function plain(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  return !!token?.word && !token.capitalized && !view.mentionAt[i] && !view.isBreak(i);
}
