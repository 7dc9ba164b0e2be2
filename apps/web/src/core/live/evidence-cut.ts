import type { GraphDocument } from "@news-kg/schema";
import type { FragmentAnswer } from "./live-api.ts";

/**
 * The relations of `merged` that hold less evidence than they have (a neighbourhood answer carries only a
 * relation's first few items and says how many there are), with that count: their cards ask for the rest.
 */
export function evidenceCut(answers: readonly Pick<FragmentAnswer, "evidenceCounts">[], merged: GraphDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    for (const [id, count] of Object.entries(answer.evidenceCounts ?? {})) counts.set(id, Math.max(count, counts.get(id) ?? 0));
  }
  const cut = new Map<string, number>();
  if (counts.size === 0) return cut;
  for (const relation of merged.relations) {
    const count = counts.get(relation.id);
    if (count !== undefined && relation.evidence.length < count) cut.set(relation.id, count);
  }
  return cut;
}
