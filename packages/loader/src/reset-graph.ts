// Deletes everything this tool loaded (nodes and relationships with its `loadedBy` mark), nothing else.
// Constraints and indexes stay: they are created IF NOT EXISTS by every load anyway.
import type { Driver } from "neo4j-driver";
import { ARTICLE_LABEL, ENTITY_LABEL, LOADED_BY, type GraphTarget } from "./graph-model.ts";
import { addCounters, emptyWriteCounts, type WriteCounts } from "./write-counts.ts";

export interface ResetCounts extends WriteCounts {
  /**
   * Marked nodes kept because a relationship this tool did not create (a user's own) still uses them:
   * deleting the node would delete that relationship too. A later reset deletes them once it is gone.
   */
  nodesKept: number;
}

const deleteRelationships = `
MATCH ()-[r]->() WHERE r.loadedBy = $loadedBy
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

// Every relationship of ours is gone by now: what a node still has belongs to someone else, and stays.
const deleteNodes = `
MATCH (n:${ENTITY_LABEL}|${ARTICLE_LABEL}) WHERE n.loadedBy = $loadedBy AND NOT (n)--()
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

const countKept = `MATCH (n:${ENTITY_LABEL}|${ARTICLE_LABEL}) WHERE n.loadedBy = $loadedBy RETURN count(n) AS kept`;

export async function resetGraph(driver: Driver, options: GraphTarget = {}): Promise<ResetCounts> {
  const counts = emptyWriteCounts();
  const parameters = { loadedBy: options.loadedBy ?? LOADED_BY };
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction (session.run); it commits as it goes, so a rerun
  // after a failure simply continues.
  const session = driver.session({ database: options.database, defaultAccessMode: "WRITE" });
  try {
    for (const statement of [deleteRelationships, deleteNodes]) {
      const result = await session.run(statement, parameters);
      addCounters(counts, result.summary.counters);
    }
    const kept = await session.run(countKept, parameters);
    return { ...counts, nodesKept: kept.records[0]?.get("kept") as number };
  } finally {
    await session.close();
  }
}
