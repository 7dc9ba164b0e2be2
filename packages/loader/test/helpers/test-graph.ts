// Per-test isolation on the shared server: a unique `loadedBy` mark and id prefix, a driver, and cleanup.
import { randomBytes } from "node:crypto";
import { connect, resetGraph } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import type { Driver } from "neo4j-driver";

export interface TestGraph {
  driver: Driver;
  /** Marks everything this test loads; reset/export see only it. */
  loadedBy: string;
  /** Prefix for every id this test writes. */
  prefix: string;
  close(): Promise<void>;
}

export async function openTestGraph(name: string): Promise<TestGraph> {
  const token = `${name}-${randomBytes(4).toString("hex")}`;
  const loadedBy = `test-${token}`;
  const driver = await connect(neo4jConnection());
  return {
    driver,
    loadedBy,
    prefix: `${token}:`,
    close: async () => {
      await resetGraph(driver, { loadedBy });
      await driver.close();
    },
  };
}

/** Nodes and relationships carrying a `loadedBy` mark, by label / type. */
export async function countMarked(driver: Driver, loadedBy: string): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (n) WHERE n.loadedBy = $loadedBy UNWIND labels(n) AS kind RETURN kind
       UNION ALL
       MATCH ()-[r]->() WHERE r.loadedBy = $loadedBy RETURN type(r) AS kind
     }
     RETURN kind, count(*) AS n ORDER BY kind`,
    { loadedBy },
  );
  return Object.fromEntries(records.map((r) => [r.get("kind") as string, r.get("n") as number]));
}
