import type { Mention } from "../recognize/mention.ts";

/** The article names its focus at least this many times ... */
const MIN_MENTIONS = 3;
/** ... and this many times as often as any other foreign country. */
const DOMINANCE = 2;

/**
 * The one foreign country an article is about, for the offices of people the lexicon does not know given without a
 * country when there is no dateline ("Tổng thống X" in a story told of one country): the country other than the
 * writer's own (`native`) that the article names most, when it names it often and far more than any other.
 */
export function focusCountry(sentences: readonly (readonly Mention[])[], native: string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const mentions of sentences)
    for (const m of mentions)
      if (m.kind === "name" && m.type === "COUNTRY" && m.entry && m.entry.name !== native)
        counts.set(m.entry.name, (counts.get(m.entry.name) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_MENTIONS || (second && second[1] * DOMINANCE > first[1])) return undefined;
  return first[0];
}
