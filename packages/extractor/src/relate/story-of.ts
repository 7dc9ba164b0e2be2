import type { ResolvedMention } from "../resolve/resolve-article.ts";
import type { RelationCandidate } from "./relate-sentence.ts";
import { isActor, type SentenceView } from "./sentence-view.ts";

/**
 * Whose act an article reports, from its first sentence that names anyone: the subject and those joined to it ("Paris,
 * Berlin and Moscow close ranks"), or, when that sentence tells them judging an act ("Kenya condemns Uganda's ban"),
 * the ones they judge.
 */
export function storyOf(view: SentenceView, candidates: readonly RelationCandidate[]): ResolvedMention[] {
  const first = view.firstDoer();
  if (!first) return [];
  // "Pentagon says China held drills": the act is the reported clause's subject's.
  const reporting = view.pack.relations.judgedInSpeech?.reporting;
  const end = view.coordinatedAfter(first).at(-1)!.to;
  const reported = reporting && view.phraseAt(end, reporting) ? view.mentions.find((m) => m.from > end && isActor(m)) : undefined;
  const subject = reported ?? first;
  const subjects = view.coordinatedAfter(subject).filter(isActor);
  const judges = view.pack.relations.judgesActs;
  const judged = candidates.filter((c) => judges?.has(c.type) && subjects.some((s) => s.ids.includes(c.source)));
  if (!judged.length) return subjects;
  const targets = [...new Set(judged.map((c) => c.target))];
  return targets.flatMap((id) => view.mentions.find((m) => m.ids.includes(id)) ?? []);
}
