import { articleKey } from "./predicted-by-article.ts";
import type { ScoredGraph } from "./types.ts";

/** The language of an article whose graph document records none. */
export const UNKNOWN_LANGUAGE = "?";

/**
 * The language of every article of a graph, by article key: the one the extractor recorded (declared by the
 * article, else detected from its text, see the extractor's `articleLanguage`).
 */
export function articleLanguages(graph: ScoredGraph): Map<string, string> {
  return new Map((graph.articles ?? []).map((a) => [articleKey(a.id), a.lang ?? UNKNOWN_LANGUAGE]));
}
