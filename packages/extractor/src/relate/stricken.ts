import type { RelationCandidate } from "./relate-sentence.ts";
import type { SentenceView } from "./sentence-view.ts";

/** How many words may stand before a clause's subject ("Chính phủ", "Sau đó"). */
const SUBJECT_LEAD = 2;

/**
 * The countries a sentence tells a disaster struck (see RelationWords.stricken): with a disaster word in the sentence,
 * each country named there that is neither its subject nor the doer of an event told there ("A gửi đội cứu hộ tới X
 * sau trận động đất": X, not A).
 */
export function struckIn(view: SentenceView, candidates: readonly RelationCandidate[]): string[] {
  const disasters = view.pack.relations.stricken?.disasters;
  if (!disasters) return [];
  let told = false;
  for (let i = 0; i < view.tokens.length && !told; i++) told = !view.mentionAt[i] && view.phraseAt(i, disasters) > 0;
  if (!told) return [];
  // The subject opens its clause, but for a word or two ("Chính phủ A"): "Động đất tàn phá X" has X as its object.
  const first = view.firstDoer();
  const subject = first && first.from - view.clauseStart(first.from) <= SUBJECT_LEAD ? first : undefined;
  const doers = new Set(candidates.map((c) => c.source));
  const subjects = subject ? view.coordinatedAfter(subject).flatMap((m) => m.ids) : [];
  return view.mentions
    .filter((m) => m.type === "COUNTRY" && m.ids.length === 1)
    .flatMap((m) => m.ids)
    .filter((id) => !doers.has(id) && !subjects.includes(id));
}
