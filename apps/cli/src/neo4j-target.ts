import type { GraphTarget } from "@news-kg/loader";
import { type Neo4jConnection, neo4jConnection } from "@news-kg/neo4j-local";

/**
 * Connection (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE or `--database`) and the graph's
 * `loadedBy` mark (KG_LOADED_BY, default `news-kg`: set it to keep separate graphs apart in one database; their
 * ids must not overlap, docs/loader.md).
 */
export function neo4jTarget(
  database: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { connection: Neo4jConnection; target: GraphTarget } {
  const connection = { ...neo4jConnection(env), ...(database ? { database } : {}) };
  const loadedBy = env.KG_LOADED_BY?.trim();
  return { connection, target: { database: connection.database, ...(loadedBy ? { loadedBy } : {}) } };
}
