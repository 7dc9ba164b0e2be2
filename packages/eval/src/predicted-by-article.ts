import { basename } from "node:path";
import { classOf } from "./alias-index.ts";
import { CORE, tripleKey } from "./triple-key.ts";
import type { ScoredGraph } from "./types.ts";

/** An article id compared by its base name without extension ("corpus/000_x.txt" = "000_x"). */
export const articleKey = (id: unknown) => basename(String(id ?? "")).replace(/\.[^.]+$/, "");

/** Article → predicted triple key → the statuses it was predicted with. A relation counts for every article its evidence cites. */
export function predictedByArticle(graph: ScoredGraph, index: Map<string, string>): Map<string, Map<string, Set<string>>> {
  const entities = new Map<string, string>();
  for (const e of graph.entities ?? []) entities.set(e.id, classOf(index, e.name, e.aliases ?? []));
  const out = new Map<string, Map<string, Set<string>>>();
  for (const r of graph.relations ?? []) {
    const p = r.type ?? r.predicate;
    if (!p || !(CORE as readonly string[]).includes(p)) continue;
    const s = entities.get((r.source ?? r.subject)!);
    const o = entities.get((r.target ?? r.object)!);
    if (!s || !o) continue;
    const k = tripleKey(s, p, o);
    for (const ev of r.evidence ?? []) {
      const a = articleKey(ev.articleId ?? ev.article);
      if (!out.has(a)) out.set(a, new Map());
      const m = out.get(a)!;
      if (!m.has(k)) m.set(k, new Set());
      if (r.status) m.get(k)!.add(r.status);
    }
  }
  return out;
}
