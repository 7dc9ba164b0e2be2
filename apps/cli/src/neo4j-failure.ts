import { explainNeo4jError } from "@news-kg/loader";
import type { Neo4jConnection } from "@news-kg/neo4j-local";

/** What to print when a Neo4j command fails: the loader's own one-line explanation, or the error prefixed by the command. */
export function neo4jFailureMessage(
  error: unknown,
  connection: Pick<Neo4jConnection, "uri" | "user" | "database">,
  command: string,
): string {
  const explained = explainNeo4jError(error, connection);
  const message = explained instanceof Error ? explained.message : String(explained);
  return message.startsWith("loader:") ? message : `${command}: ${message}`;
}

/**
 * Ends a Neo4j command with its exit code. neo4j-driver never closes a connection whose Bolt handshake did
 * not finish (a port that accepts TCP and stays silent), and that socket would keep the process alive.
 */
export function exitNeo4jCommand(code: number): never {
  process.exit(code);
}
