// Totals of what Neo4j reports it changed (`summary.counters`), summed over every transaction of a run.
import type { QueryStatistics } from "neo4j-driver";

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
  indexesAdded: number;
  constraintsAdded: number;
}

export function emptyWriteCounts(): WriteCounts {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
    indexesAdded: 0,
    constraintsAdded: 0,
  };
}

/** Adds one query's counters to `total` (in place). */
export function addCounters(total: WriteCounts, counters: QueryStatistics): void {
  addCounts(total, counters.updates());
}

/** Adds `more` to `total` (in place). */
export function addCounts(total: WriteCounts, more: Partial<Record<keyof WriteCounts, number>>): void {
  for (const key of Object.keys(total) as (keyof WriteCounts)[]) total[key] += more[key] ?? 0;
}
