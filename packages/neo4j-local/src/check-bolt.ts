import neo4j from "neo4j-driver";
import type { Neo4jConnection } from "./connection.ts";

export type BoltCheck =
  | { state: "answering" }
  | { state: "refused-credentials"; reason: string }
  | { state: "rate-limited"; reason: string }
  | { state: "unreachable"; reason: string };

const UNAUTHORIZED = "Neo.ClientError.Security.Unauthorized";
/** After a few wrong passwords the server refuses every login for a while, the right password included. */
const RATE_LIMITED = "Neo.ClientError.Security.AuthenticationRateLimit";

/** One Bolt handshake with authentication (verifyConnectivity logs in), with short timeouts. */
export async function checkBolt(connection: Neo4jConnection): Promise<BoltCheck> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity(connection.database ? { database: connection.database } : {});
    return { state: "answering" };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    const reason = message ?? String(error);
    if (code === UNAUTHORIZED) return { state: "refused-credentials", reason };
    return { state: code === RATE_LIMITED ? "rate-limited" : "unreachable", reason };
  } finally {
    await driver.close();
  }
}
