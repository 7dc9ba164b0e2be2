import { mkdir } from "node:fs/promises";
import { withFileLock } from "./file-lock.ts";
import { localNeo4jPaths, type LocalNeo4jPaths } from "./local-paths.ts";

/**
 * Runs `task` holding the lock that serialises fetch, start and stop of the local server between
 * processes (several test runs, the CLI).
 */
export async function withLocalServerLock<T>(task: (paths: LocalNeo4jPaths) => Promise<T>): Promise<T> {
  const paths = localNeo4jPaths();
  // The lock file lives in run/, which does not exist before the first start.
  await mkdir(paths.run, { recursive: true });
  return withFileLock(paths.lockFile, () => task(paths));
}
