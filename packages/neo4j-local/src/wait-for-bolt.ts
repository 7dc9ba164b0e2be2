import { readOptional } from "./read-optional.ts";
import { lastLines } from "./run-command.ts";
import { checkBolt } from "./check-bolt.ts";
import { isProcessAlive } from "./server-process.ts";
import { sleep } from "./sleep.ts";
import type { Neo4jConnection } from "./connection.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";

export class BoltWaitError extends Error {
  constructor(
    message: string,
    /** "timeout" leaves a live process behind that the caller should stop. */
    readonly kind: "exited" | "timeout" | "refused-credentials",
  ) {
    super(message);
  }
}

/**
 * Retries an authenticated Bolt handshake until the local server answers, dies, refuses the password or time
 * runs out. A rate-limited login is retried too: it says nothing about the password.
 */
export async function waitForBolt(connection: Neo4jConnection, pid: number, paths: LocalNeo4jPaths, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const check = await checkBolt(connection);
    if (check.state === "answering") return;
    if (check.state === "refused-credentials") {
      throw new BoltWaitError(
        `neo4j-local: the local server refused the password from NEO4J_PASSWORD (${check.reason}). ` +
          `Its store (${paths.data}) was initialised with another password: use that one, or stop the server and delete that folder to start afresh.`,
        "refused-credentials",
      );
    }
    if (!(await isProcessAlive(pid))) {
      const tail = lastLines((await readOptional(paths.consoleLog)) ?? "");
      throw new BoltWaitError(
        `neo4j-local: the server exited during startup; see ${paths.consoleLog} and ${paths.logs}/debug.log. Last lines:\n${tail}`,
        "exited",
      );
    }
    if (Date.now() > deadline) {
      throw new BoltWaitError(
        `neo4j-local: Bolt did not answer at ${connection.uri} within ${Math.round(timeoutMs / 1000)} s (last error: ${check.reason}); see ${paths.consoleLog}`,
        "timeout",
      );
    }
    await sleep(500);
  }
}
