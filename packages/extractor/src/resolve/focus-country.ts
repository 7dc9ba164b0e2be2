import type { Mention } from "../recognize/mention.ts";

/** The article names its focus at least this many times ... */
const MIN_MENTIONS = 3;
/** ... and this many times as often as any other foreign country. */
const DOMINANCE = 2;

/**
 * The one foreign country an article is about, for the offices of people the lexicon does not know given without a
 * country when there is no dateline ("Tổng thống X" in a story told of one country): the country other than the
 * writer's own (`native`) that the article names most, when it names it often and far more than any other, or, with
 * no such country and a pack whose articles open on their story's country (`opens`), the one the headline opens on,
 * when no other is named more often.
 */
export function focusCountry(sentences: readonly (readonly Mention[])[], native: string | undefined, opens = false): string | undefined {
  const counts = new Map<string, number>();
  for (const mentions of sentences)
    for (const m of mentions)
      if (m.kind === "name" && m.type === "COUNTRY" && m.entry && m.entry.name !== native)
        counts.set(m.entry.name, (counts.get(m.entry.name) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_MENTIONS) return undefined;
  if (!second || second[1] * DOMINANCE <= first[1]) return first[0];
  if (!opens) return undefined;
  // "Sri Lanka: Tổng thống X trốn sang Maldives ...": with no country far ahead, the one the article opens on (its
  // headline's first words), when no other is named more often; not one listed with another ("A và B ký ...").
  const [head, next] = sentences[0] ?? [];
  const opening = head?.kind === "name" && head.from === 0 && head.type === "COUNTRY" ? head.entry?.name : undefined;
  const listed = next?.kind === "name" && next.type === "COUNTRY" && next.from === head!.to + 1;
  return opening && !listed && counts.get(opening) === first[1] ? opening : undefined;
}
