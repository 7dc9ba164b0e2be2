// Opens a driver and checks that the server answers, turning the usual failures into one clear line.
// Only the type: the loader runs none of neo4j-local (which reads the connection from the environment).
import type { Neo4jConnection } from "@news-kg/neo4j-local";
import neo4j, { type Driver } from "neo4j-driver";

export interface ConnectOptions {
  /** How long managed transactions keep retrying transient failures (driver default: 30 s). */
  maxTransactionRetryTimeMs?: number;
}

/** How long opening a socket may take (the driver's default is 30 s). */
const CONNECTION_TIMEOUT_MS = 10_000;
/**
 * How long getting a usable connection may take, Bolt handshake included: a port that accepts TCP but never
 * speaks Bolt is only caught by this one (the driver's default is 60 s, after which it also kept the process alive).
 */
const CONNECTION_ACQUISITION_TIMEOUT_MS = 15_000;
/** How the driver words an acquisition timeout (its error carries no code). */
const ACQUISITION_TIMED_OUT = /^Connection acquisition timed out/;

/** Raised for failures a user can act on; `message` is one line, never containing the password. */
export class Neo4jConnectionError extends Error {
  override name = "Neo4jConnectionError";
}

export async function connect(connection: Neo4jConnection, options: ConnectOptions = {}): Promise<Driver> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MS,
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

/** A URI as it may be printed: without the `user:password@` that NEO4J_URI may carry. */
export function displayUri(uri: string): string {
  return uri.replace(USER_INFO, "$1");
}

const USER_INFO = /^([a-z][a-z\d+.-]*:\/\/)[^/?#@]*@/i;

/** A one-line, actionable error for connection-level failures; other errors are returned unchanged. */
export function explainNeo4jError(error: unknown, connection: Pick<Neo4jConnection, "uri" | "user" | "database">): unknown {
  const code = (error as { code?: string }).code ?? "";
  const database = connection.database ?? "neo4j";
  const uri = displayUri(connection.uri);
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return new Neo4jConnectionError(
      `loader: no Neo4j server answers at ${uri}: start the local one with \`npm run neo4j:start\`, or set NEO4J_URI to a running server`,
    );
  }
  if (error instanceof Error && ACQUISITION_TIMED_OUT.test(error.message)) {
    return new Neo4jConnectionError(
      `loader: no Bolt answer from ${uri} within ${CONNECTION_ACQUISITION_TIMEOUT_MS / 1000} s: is a Neo4j server listening there? (set NEO4J_URI)`,
    );
  }
  // After a few wrong passwords the server refuses even the right one for a while: say so, not "wrong password".
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new Neo4jConnectionError(
      `loader: Neo4j at ${uri} refused user "${connection.user}" after too many failed attempts: wait a few seconds and retry`,
    );
  }
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new Neo4jConnectionError(
      `loader: Neo4j at ${uri} refused user "${connection.user}": wrong user or password (set NEO4J_USER / NEO4J_PASSWORD)`,
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new Neo4jConnectionError(`loader: database "${database}" does not exist on ${uri}`);
  }
  return error;
}
