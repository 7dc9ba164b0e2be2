import { articleLanguages, UNKNOWN_LANGUAGE } from "./article-language.ts";
import type { ArticleSplit } from "./article-split.ts";
import { score } from "./score.ts";
import type { EntitiesDoc, GoldDoc, ScoreResult, ScoredGraph } from "./types.ts";

/** The score of some of the gold articles, overall and per language. */
export interface PartScore extends ScoreResult {
  /** The gold articles scored, by key. */
  articles: string[];
  /** The same articles grouped by language (most articles first). */
  languages: Record<string, ScoreResult & { articles: string[] }>;
}

/** Every gold article, per language, and per named split; `rest` holds the articles of no split when splits are given. */
export interface EvalReport extends PartScore {
  /** Gold article key → the language it is scored under (`?` for an article the graph does not have). */
  articleLanguages: Record<string, string>;
  splits: Record<string, PartScore>;
}

export interface ScoreReportOptions {
  splits?: ArticleSplit[];
}

/** Scores every gold article, then each language and each split apart, with the rules of `score`. */
export function scoreReport(graph: ScoredGraph, gold: GoldDoc, entities: EntitiesDoc, options: ScoreReportOptions = {}): EvalReport {
  const langOf = articleLanguages(graph);
  const keys = Object.keys(gold.articles);
  const articleLangs = Object.fromEntries(keys.map((k) => [k, langOf.get(k) ?? UNKNOWN_LANGUAGE]));
  const scoreOf = (subset: string[]): ScoreResult =>
    score(graph, { articles: Object.fromEntries(subset.map((k) => [k, gold.articles[k]!])) }, entities);
  const part = (subset: string[]): PartScore => {
    const byLang = new Map<string, string[]>();
    for (const k of subset) byLang.set(articleLangs[k]!, [...(byLang.get(articleLangs[k]!) ?? []), k]);
    const langs = [...byLang].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
    return {
      articles: subset,
      ...scoreOf(subset),
      languages: Object.fromEntries(langs.map(([lang, ks]) => [lang, { articles: ks, ...scoreOf(ks) }])),
    };
  };
  const splits: Record<string, PartScore> = {};
  for (const split of options.splits ?? []) {
    if (split.name in splits) throw new Error(`split "${split.name}" is given twice`);
    const subset = keys.filter((k) => split.has(k));
    if (!subset.length) throw new Error(`split "${split.name}" (${split.patterns.join(",")}) matches no gold article`);
    splits[split.name] = part(subset);
  }
  if (options.splits?.length) {
    const rest = keys.filter((k) => !options.splits!.some((s) => s.has(k)));
    if (rest.length) splits.rest = part(rest);
  }
  return { ...part(keys), articleLanguages: articleLangs, splits };
}
