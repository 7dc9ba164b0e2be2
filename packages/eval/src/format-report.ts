import { formatScore } from "./format-score.ts";
import type { EvalReport, PartScore } from "./score-report.ts";

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/**
 * The report of `kg eval`: as `formatScore` when the articles share one language and no split is given; else a table
 * per language, the table of every article, and micro P/R/F1 per part (all, each split, rest) and language.
 */
export function formatReport(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const langs = Object.keys(report.languages);
  const splits = Object.entries(report.splits);
  if (langs.length <= 1 && !splits.length) return formatScore(report, options);
  const sections: string[] = [];
  if (langs.length > 1) {
    for (const [lang, result] of Object.entries(report.languages))
      sections.push(`== ${lang}: ${count(result.articles)}\n${formatScore(result)}`);
  }
  sections.push(`== all: ${count(report.articles)}${langs.length > 1 ? ", every language" : ""}\n${formatScore(report, options)}`);
  const rows = [microTable.header];
  for (const [name, part] of [["all", report] as const, ...splits]) rows.push(...microTable.rows(name, part));
  sections.push(`== micro by part and language\n${rows.join("\n")}`);
  return sections.join("\n\n");
}

const count = (articles: string[]) => `${articles.length} article${articles.length === 1 ? "" : "s"}`;

const microTable = {
  header: "part         lang  articles    tp    fp    fn   P      R      F1",
  rows(name: string, part: PartScore): string[] {
    const row = (lang: string, articles: number, m: PartScore["micro"]) =>
      `${name.padEnd(12)} ${lang.padEnd(5)} ${String(articles).padStart(8)} ${[m.tp, m.fp, m.fn].map((n) => String(n).padStart(5)).join(" ")}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}`;
    const langs = Object.entries(part.languages);
    const out = langs.map(([lang, r]) => row(lang, r.articles.length, r.micro));
    if (langs.length !== 1) out.push(row("all", part.articles.length, part.micro));
    return out;
  },
};
