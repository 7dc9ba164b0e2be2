import { articleKey } from "./predicted-by-article.ts";
import type { ScoredGraph } from "./types.ts";

/** Combining marks of Vietnamese letters: grave, acute, circumflex, tilde, breve, hook above, horn, dot below. */
const VIETNAMESE_MARKS = /[\u0300-\u0303\u0306\u0309\u031b\u0323]/;
/** Fewer letters than this and the test does not decide. */
const MIN_LETTERS = 20;
/**
 * At least this share of Vietnamese-marked letters makes a text Vietnamese: Vietnamese news runs at 0.20–0.30 (every
 * tuning excerpt of the dev corpus), English at 0, or a few hundredths when it spells Vietnamese names with their marks.
 */
const VIETNAMESE_RATIO = 0.1;

/**
 * A cheap language test: the share of letters that carry a Vietnamese mark (or are đ). `vi` at 10% or more,
 * `not-vi` below, `undefined` when the text has fewer than 20 letters.
 */
export function vietnameseTest(text: string): "vi" | "not-vi" | undefined {
  let letters = 0;
  let marked = 0;
  for (const ch of text.normalize("NFC")) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ch === "đ" || ch === "Đ" || VIETNAMESE_MARKS.test(ch.normalize("NFD"))) marked++;
  }
  if (letters < MIN_LETTERS) return undefined;
  return marked / letters >= VIETNAMESE_RATIO ? "vi" : "not-vi";
}

/**
 * The language an article is scored under. The extractor records `lang` from front matter, HTML or JSON, but gives
 * every article that does not say its default (`vi`), so the recorded language is checked against the text: a
 * Vietnamese text is `vi`; a text that is not Vietnamese keeps a recorded language other than `vi`, else is `en`;
 * too little text leaves the recorded language (`?` when there is none).
 */
export function articleLanguage(recorded: string | undefined, sample: string): string {
  const test = vietnameseTest(sample);
  if (test === "vi") return "vi";
  if (test === "not-vi") return recorded && recorded !== "vi" ? recorded : "en";
  return recorded ?? "?";
}

/**
 * The language of every article of a graph, by article key. The text tested is the article's sample (article key →
 * text, e.g. the start of its source text) when there is one, else its title and the sentences its evidence cites.
 */
export function articleLanguages(graph: ScoredGraph, samples?: ReadonlyMap<string, string>): Map<string, string> {
  const recorded = new Map<string, string | undefined>();
  const texts = new Map<string, Set<string>>();
  for (const a of graph.articles ?? []) {
    recorded.set(articleKey(a.id), a.lang);
    texts.set(articleKey(a.id), new Set(a.title ? [a.title] : []));
  }
  for (const r of graph.relations ?? [])
    for (const ev of r.evidence ?? []) if (ev.sentence) texts.get(articleKey(ev.articleId ?? ev.article))?.add(ev.sentence);
  const out = new Map<string, string>();
  for (const [key, lang] of recorded) out.set(key, articleLanguage(lang, samples?.get(key) ?? [...texts.get(key)!].join("\n")));
  return out;
}
