// Deletes everything this tool loaded (nodes and relationships with its `loadedBy` mark), nothing else.
// Constraints and indexes stay: they are created IF NOT EXISTS by every load anyway.
import type { Driver } from "neo4j-driver";
import { ARTICLE_LABEL, ENTITY_LABEL, LOADED_BY, type GraphTarget } from "./graph-model.ts";
import { addCounters, emptyWriteCounts, type WriteCounts } from "./write-counts.ts";

const deleteRelationships = `
MATCH ()-[r]->() WHERE r.loadedBy = $loadedBy
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

// DETACH also removes relationships others attached to our nodes: they cannot outlive the node.
const deleteNodes = `
MATCH (n:${ENTITY_LABEL}|${ARTICLE_LABEL}) WHERE n.loadedBy = $loadedBy
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

export async function resetGraph(driver: Driver, options: GraphTarget = {}): Promise<WriteCounts> {
  const counts = emptyWriteCounts();
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction (session.run); it commits as it goes, so a rerun
  // after a failure simply continues.
  const session = driver.session({ database: options.database, defaultAccessMode: "WRITE" });
  try {
    for (const statement of [deleteRelationships, deleteNodes]) {
      const result = await session.run(statement, { loadedBy: options.loadedBy ?? LOADED_BY });
      addCounters(counts, result.summary.counters);
    }
  } finally {
    await session.close();
  }
  return counts;
}
