import { aliasIndex, classOf } from "./alias-index.ts";
import { predictedByArticle } from "./predicted-by-article.ts";
import { CORE, tripleKey } from "./triple-key.ts";
import type { Counts, EntitiesDoc, GoldDoc, PRF, ScoreResult, ScoredGraph } from "./types.ts";

export function prf({ tp, fp, fn }: Counts): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * Scores a graph against gold triples, article by article, with the reference scorer's rules: entities
 * matched through the alias index, symmetric MET/SIGNED, optional triples neither required nor penalized,
 * status accuracy over matched triples whose gold names a status.
 */
export function score(graph: ScoredGraph, gold: GoldDoc, entitiesDoc: EntitiesDoc): ScoreResult {
  const index = aliasIndex(entitiesDoc);
  const predicted = predictedByArticle(graph, index);
  const per: Record<string, Counts> = Object.fromEntries(CORE.map((p) => [p, { tp: 0, fp: 0, fn: 0 }]));
  const total = { tp: 0, fp: 0, fn: 0, statusRight: 0, statusAsked: 0 };
  const misses: string[] = [];
  const extras: string[] = [];
  for (const [article, g] of Object.entries(gold.articles)) {
    const want = new Map<string, string | undefined>();
    for (const [s, p, o, status] of g.triples) want.set(tripleKey(classOf(index, s), p, classOf(index, o)), status);
    const allowed = new Set((g.optional ?? []).map(([s, p, o]) => tripleKey(classOf(index, s), p, classOf(index, o))));
    const got = predicted.get(article) ?? new Map<string, Set<string>>();
    for (const [k, status] of want) {
      const p = k.split("\t")[1]!;
      if (got.has(k)) {
        per[p]!.tp++;
        total.tp++;
        if (status) {
          total.statusAsked++;
          if (got.get(k)!.has(status)) total.statusRight++;
        }
      } else {
        per[p]!.fn++;
        total.fn++;
        misses.push(`${article}\t${k}`);
      }
    }
    for (const k of got.keys()) {
      if (want.has(k) || allowed.has(k)) continue;
      const p = k.split("\t")[1]!;
      per[p]!.fp++;
      total.fp++;
      extras.push(`${article}\t${k}`);
    }
  }
  return {
    micro: { ...total, ...prf(total), statusAccuracy: total.statusAsked ? total.statusRight / total.statusAsked : 0 },
    perPredicate: Object.fromEntries(Object.entries(per).map(([p, c]) => [p, { ...c, ...prf(c) }])),
    misses,
    extras,
  };
}
