// Vitest global setup (root vitest.config.ts): makes sure a Neo4j server answers before any test runs.
// With NEO4J_URI set, that server must answer; otherwise the local server is started if nothing answers
// and stopped at teardown if a test run started it (see acquireTestRunLease).
import { checkBolt } from "../src/check-bolt.ts";
import { neo4jConnection } from "../src/connection.ts";
import { acquireTestRunLease } from "../src/test-run-lease.ts";

export default async function setup(): Promise<(() => Promise<void>) | void> {
  const connection = neo4jConnection();
  if (!process.env.NEO4J_URI) return acquireTestRunLease();
  const check = await checkBolt(connection);
  if (check.state !== "answering") {
    throw new Error(`neo4j-local: NEO4J_URI=${connection.uri} does not answer as user ${connection.user}: ${check.reason}`);
  }
}
