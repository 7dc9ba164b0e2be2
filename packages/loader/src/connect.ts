// Opens a driver and checks that the server answers, turning the usual failures into one clear line.
// Only the type: the loader runs none of neo4j-local (which reads the connection from the environment).
import type { Neo4jConnection } from "@news-kg/neo4j-local";
import neo4j, { type Driver } from "neo4j-driver";

export interface ConnectOptions {
  /** How long managed transactions keep retrying transient failures (driver default: 30 s). */
  maxTransactionRetryTimeMs?: number;
}

/** Raised for failures a user can act on; `message` is one line, never containing the password. */
export class Neo4jConnectionError extends Error {
  override name = "Neo4jConnectionError";
}

export async function connect(connection: Neo4jConnection, options: ConnectOptions = {}): Promise<Driver> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs,
    userAgent: "news-kg-loader",
  });
  try {
    await driver.verifyConnectivity({ database: connection.database });
    // verifyConnectivity does not check that the database exists on a direct (bolt://) connection.
    await driver.executeQuery("RETURN 1", {}, { database: connection.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw explainNeo4jError(error, connection);
  }
}

/** A one-line, actionable error for connection-level failures; other errors are returned unchanged. */
export function explainNeo4jError(error: unknown, connection: Pick<Neo4jConnection, "uri" | "user" | "database">): unknown {
  const code = (error as { code?: string }).code ?? "";
  const database = connection.database ?? "neo4j";
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return new Neo4jConnectionError(
      `loader: no Neo4j server answers at ${connection.uri}: start the local one with \`npm run neo4j:start\`, or set NEO4J_URI to a running server`,
    );
  }
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new Neo4jConnectionError(
      `loader: Neo4j at ${connection.uri} refused user "${connection.user}": wrong user or password (set NEO4J_USER / NEO4J_PASSWORD)`,
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new Neo4jConnectionError(`loader: database "${database}" does not exist on ${connection.uri}`);
  }
  return error;
}
