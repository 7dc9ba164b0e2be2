import { prf } from "./score.ts";
import { STATIC } from "./triple-key.ts";
import type { ScoreResult } from "./types.ts";

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** Events only: the counts of every predicate that is not a standing fact (OFFICIAL_OF, PARENT_OF, LOCATED_IN). */
export function eventCounts(result: ScoreResult) {
  const events = Object.entries(result.perPredicate)
    .filter(([p]) => !STATIC.has(p))
    .map(([, c]) => c);
  const sum = (k: "tp" | "fp" | "fn") => events.reduce((n, c) => n + c[k], 0);
  const counts = { tp: sum("tp"), fp: sum("fp"), fn: sum("fn") };
  return { ...counts, ...prf(counts) };
}

/** The report as the reference scorer prints it: a table per predicate, events only, status accuracy, micro. */
export function formatScore(result: ScoreResult, options: { verbose?: boolean } = {}): string {
  const lines = ["predicate      tp   fp   fn   P      R      F1"];
  for (const [p, c] of Object.entries(result.perPredicate)) {
    if (!c.tp && !c.fp && !c.fn) continue;
    lines.push(
      `${p.padEnd(12)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`,
    );
  }
  if (options.verbose) {
    for (const m of result.misses) lines.push("missed\t" + m);
    for (const x of result.extras) lines.push("extra\t" + x);
  }
  const e = eventCounts(result);
  lines.push(`events only: P ${pct(e.precision)}%  R ${pct(e.recall)}%  F1 ${pct(e.f1)}%  (tp ${e.tp}, fp ${e.fp}, fn ${e.fn})`);
  const m = result.micro;
  lines.push(`status accuracy on matched triples: ${pct(m.statusAccuracy)}% (${m.statusRight}/${m.statusAsked})`);
  lines.push(`micro: P ${pct(m.precision)}%  R ${pct(m.recall)}%  F1 ${pct(m.f1)}%  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  return lines.join("\n");
}
