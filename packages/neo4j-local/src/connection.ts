/**
 * Connection details for Neo4j, from the environment; credentials never come from anywhere else.
 * The one connection type: the loader takes it from here (this package must not import the loader,
 * whose tests start the local server through this package).
 */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export const LOCAL_BOLT_PORT = 7687;
export const LOCAL_HTTP_PORT = 7474;
export const LOCAL_HOST = "127.0.0.1";
export const LOCAL_BOLT_URI = `bolt://${LOCAL_HOST}:${LOCAL_BOLT_PORT}`;
/** The only user a fresh local store has. */
export const LOCAL_USER = "neo4j";
/**
 * Local-only default, so `npm test` works on a clean clone. The local server listens on
 * 127.0.0.1 only; set NEO4J_PASSWORD for anything else.
 */
export const DEFAULT_LOCAL_PASSWORD = "newskg-local";

/** Reads NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE; no NEO4J_URI means the local server. */
export function neo4jConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  const database = nonEmpty(env.NEO4J_DATABASE);
  return {
    uri: nonEmpty(env.NEO4J_URI) ?? LOCAL_BOLT_URI,
    user: nonEmpty(env.NEO4J_USER) ?? LOCAL_USER,
    password: localPassword(env),
    ...(database ? { database } : {}),
  };
}

export function localPassword(env: NodeJS.ProcessEnv = process.env): string {
  return nonEmpty(env.NEO4J_PASSWORD) ?? DEFAULT_LOCAL_PASSWORD;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}
