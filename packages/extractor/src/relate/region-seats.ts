import type { ResolvedMention } from "../resolve/resolve-article.ts";
import { placingKindOf } from "./places-named-by-kind.ts";
import type { RelationCandidate } from "./relate-sentence.ts";
import type { SentenceView } from "./sentence-view.ts";

/** The rule of a state's or province's seat placed in the state or province the article names. */
const RULE = "located-in:region-seat";

/** The article names the region in its own words; the seat's tie to it is read across sentences. */
const CONFIDENCE = 0.7;

/** A place named after one of `kinds` ("bang Y"): the kind right before the name, or opening its written form. */
function namedAs(view: SentenceView, m: ResolvedMention, kinds: ReadonlySet<string>): boolean {
  return m.type === "LOCATION" && !!placingKindOf(view, m, kinds);
}

/**
 * "tại thủ phủ X" (a state's or province's seat) that no other rule of the sentence places (`told`): X lies in the
 * state or province named last before it (`region`, from earlier sentences, or in its own sentence), else the next
 * one its sentence names ("tại thủ phủ X, ... chính quyền bang Y"). Returns the candidates and the region named last.
 */
export function regionSeats(
  view: SentenceView,
  told: readonly RelationCandidate[],
  region: string | undefined,
): { candidates: RelationCandidate[]; region: string | undefined } {
  const words = view.pack.statics.regionSeats;
  if (!words) return { candidates: [], region };
  const candidates: RelationCandidate[] = [];
  let last = region;
  view.mentions.forEach((m, index) => {
    if (namedAs(view, m, words.regions)) last = m.ids[0];
    if (!namedAs(view, m, words.seats) || told.some((c) => c.type === "LOCATED_IN" && c.source === m.ids[0])) return;
    const next = view.mentions.slice(index + 1).find((n) => namedAs(view, n, words.regions));
    const target = last ?? next?.ids[0];
    if (target && target !== m.ids[0])
      candidates.push({ type: "LOCATED_IN", source: m.ids[0]!, target, status: "occurred", rule: RULE, confidence: CONFIDENCE });
  });
  return { candidates, region: last };
}
