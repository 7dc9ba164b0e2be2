import type { RelationRow } from "./relation-row.ts";

export const SORT_KEYS = ["source", "type", "target", "status", "date", "evidence", "article"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableSort {
  key: SortKey;
  descending: boolean;
}

/** Newest first: what a researcher reading a chronology of events wants to see first. */
export const DEFAULT_SORT: TableSort = { key: "date", descending: true };

type SortValue = string | number | undefined;

const VALUES: Record<SortKey, (row: RelationRow) => SortValue> = {
  source: (row) => row.sourceName,
  type: (row) => row.relation.type,
  target: (row) => row.targetName,
  status: (row) => row.relation.status,
  date: (row) => row.date?.date,
  evidence: (row) => row.evidenceCount,
  article: (row) => row.article?.title ?? row.relation.evidence[0]!.articleId,
};

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * The rows ordered by one column; rows without a value (undated relations) come last in either
 * direction, and ties keep relation-id order so that a link reopens the same table.
 */
export function sortRows(rows: readonly RelationRow[], sort: TableSort): RelationRow[] {
  const value = VALUES[sort.key];
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) {
      if (va !== vb) return va === undefined ? 1 : -1;
    } else {
      const order = compareValues(va, vb);
      if (order !== 0) return sign * order;
    }
    return a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0;
  });
}
