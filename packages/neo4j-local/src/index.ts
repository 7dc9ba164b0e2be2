export { neo4jConnection, DEFAULT_LOCAL_PASSWORD, LOCAL_BOLT_URI, type Neo4jConnection } from "./connection.ts";
export { startLocalNeo4j, type LocalNeo4jCredentials, type StartOptions } from "./start-local-neo4j.ts";
export { stopLocalNeo4j, type StopOptions } from "./stop-local-neo4j.ts";
export { localNeo4jStatus, type LocalNeo4jStatus } from "./local-neo4j-status.ts";
export { localNeo4jPaths, type LocalNeo4jPaths } from "./local-paths.ts";
