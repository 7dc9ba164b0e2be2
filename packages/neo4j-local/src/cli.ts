// Usage: tsx packages/neo4j-local/src/cli.ts <start|stop|status>  (root scripts neo4j:start, neo4j:stop, neo4j:status)
import { rm } from "node:fs/promises";
import { localNeo4jStatus } from "./local-neo4j-status.ts";
import { localNeo4jPaths } from "./local-paths.ts";
import { startLocalNeo4j } from "./start-local-neo4j.ts";
import { stopLocalNeo4j } from "./stop-local-neo4j.ts";

/** The LSB exit code of `status` for a service that is not running. */
const EXIT_NOT_RUNNING = 3;

const commands: Record<string, () => Promise<void>> = {
  async start() {
    const { uri, user } = await startLocalNeo4j();
    // Started by hand: the server is now the user's, and test runs must not stop it when they end.
    await rm(localNeo4jPaths().startedByTestsMarker, { force: true });
    console.log(`neo4j-local: running at ${uri} (user ${user}; password from NEO4J_PASSWORD or the local default)`);
  },
  async stop() {
    await stopLocalNeo4j();
  },
  async status() {
    const status = await localNeo4jStatus();
    console.log(
      status.running
        ? `neo4j-local: running (pid ${status.pid}) at ${status.uri}`
        : `neo4j-local: not running (would listen at ${status.uri})`,
    );
    // As service managers do (LSB `status`): scripts can test the exit code instead of parsing the line.
    if (!status.running) process.exitCode = EXIT_NOT_RUNNING;
  },
};

const name = process.argv[2] ?? "";
const command = commands[name];
if (!command) {
  console.error(`neo4j-local: unknown command '${name}'; use start, stop or status`);
  process.exit(2);
}
command().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : `neo4j-local: ${String(error)}`);
  process.exit(1);
});
