import type { Entity } from "@news-kg/schema";
import { searchKey } from "./search-key.ts";

export interface SearchHit {
  entityId: string;
  name: string;
  /** The alias that matched, when it was not the name itself. */
  matchedAlias?: string;
  /** What else the list shows of it (live mode: its type and how many relations it has). */
  detail?: string;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

/** Where a search box looks: an index in the page, or a server answering after a while (asked once typing pauses). */
export interface SearchSource {
  search(query: string, limit?: number): SearchHit[] | Promise<SearchHit[]>;
  /** Wait this long after the last key before asking (a server); ask at once when absent (an index in the page). */
  debounceMs?: number;
}

interface IndexedForm {
  entityId: string;
  name: string;
  form: string;
  folded: string;
  isName: boolean;
}

/** How well a folded form answers a folded query; 0 means no match. */
function matchRank(folded: string, query: string): number {
  if (folded === query) return 4;
  if (folded.startsWith(query)) return 3;
  if (folded.includes(` ${query}`)) return 2;
  if (query.split(" ").every((token) => folded.split(" ").some((word) => word.startsWith(token)))) return 1;
  return 0;
}

/** Search over entity names and aliases that ignores case and diacritics ("binh nhuong" finds "Bình Nhưỡng"). */
export function createSearchIndex(entities: readonly Entity[]): SearchIndex {
  let indexed: IndexedForm[] | undefined;
  return {
    search(query, limit = 10) {
      const folded = searchKey(query);
      if (!folded) return [];
      // Folding every name costs time on big graphs: done at the first search, not before the first frame.
      indexed ??= indexForms(entities);
      const best = new Map<string, { rank: number; form: IndexedForm }>();
      for (const form of indexed) {
        const rank = matchRank(form.folded, folded) + (form.isName ? 0.5 : 0);
        if (rank < 1) continue;
        const previous = best.get(form.entityId);
        if (!previous || rank > previous.rank) best.set(form.entityId, { rank, form });
      }
      return [...best.values()]
        .sort((a, b) => b.rank - a.rank || a.form.name.length - b.form.name.length || a.form.name.localeCompare(b.form.name))
        .slice(0, limit)
        .map(({ form }) => ({
          entityId: form.entityId,
          name: form.name,
          ...(form.isName ? {} : { matchedAlias: form.form }),
        }));
    },
  };
}

function indexForms(entities: readonly Entity[]): IndexedForm[] {
  const forms: IndexedForm[] = [];
  for (const entity of entities) {
    const seen = new Set<string>();
    for (const [form, isName] of [[entity.name, true], ...entity.aliases.map((a) => [a, false] as const)] as const) {
      const folded = searchKey(form);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      forms.push({ entityId: entity.id, name: entity.name, form, folded, isName });
    }
  }
  return forms;
}
