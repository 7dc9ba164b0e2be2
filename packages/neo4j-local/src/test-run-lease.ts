import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkBolt } from "./check-bolt.ts";
import { neo4jConnection } from "./connection.ts";
import { localNeo4jPaths, type LocalNeo4jPaths } from "./local-paths.ts";
import { withLocalServerLock } from "./local-server-lock.ts";
import { pathExists } from "./path-exists.ts";
import { isProcessAlive, runningServerPid } from "./server-process.ts";
import { ensureLocalNeo4jRunning } from "./start-local-neo4j.ts";
import { stopServerProcess } from "./stop-local-neo4j.ts";

/**
 * Lets concurrent test runs share the local server. A run that finds no server starts one and marks it
 * as started by tests; every run holds a lease file named by its pid; when the last live lease is
 * released, a server so marked is stopped. A server started by hand (`npm run neo4j:start`) or one
 * that was already answering is never stopped by tests. Resolves to the release function.
 */
export async function acquireTestRunLease(log: (message: string) => void = console.log): Promise<() => Promise<void>> {
  const paths = localNeo4jPaths();
  await mkdir(paths.testLeases, { recursive: true });
  const lease = join(paths.testLeases, String(process.pid));

  await withLocalServerLock(async () => {
    if ((await runningServerPid(paths)) !== undefined) {
      await ensureLocalNeo4jRunning(paths, { log }); // may still be starting
    } else {
      const check = await checkBolt(neo4jConnection());
      if (check.state === "refused-credentials") {
        throw new Error(`neo4j-local: the server at ${neo4jConnection().uri} refused the configured credentials (${check.reason})`);
      }
      if (check.state === "unreachable") {
        await ensureLocalNeo4jRunning(paths, { log });
        await writeFile(paths.startedByTestsMarker, "");
      }
    }
    await writeFile(lease, "");
  });

  return () =>
    withLocalServerLock(async () => {
      await rm(lease, { force: true });
      if ((await liveLeaseCount(paths)) > 0 || !(await pathExists(paths.startedByTestsMarker))) return;
      await stopServerProcess(paths, { log });
      await rm(paths.startedByTestsMarker, { force: true });
    });
}

/** Counts leases of test runs still alive, deleting those whose process died without releasing. */
async function liveLeaseCount(paths: LocalNeo4jPaths): Promise<number> {
  let live = 0;
  for (const name of await readdir(paths.testLeases)) {
    const pid = Number.parseInt(name, 10);
    if (Number.isInteger(pid) && (await isProcessAlive(pid))) live += 1;
    else await rm(join(paths.testLeases, name), { force: true });
  }
  return live;
}
