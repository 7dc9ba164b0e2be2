import { open, rm } from "node:fs/promises";
import { isProcessAlive } from "./server-process.ts";
import { readOptional } from "./read-optional.ts";
import { sleep } from "./sleep.ts";

/** Long enough for a first run's Maven fetch plus a server start by another process. */
const DEFAULT_LOCK_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs `task` while holding an exclusive lock file (created with O_EXCL, holding the owner's pid).
 * A lock whose owner died is taken over, so a killed test run never blocks the next one.
 */
export async function withFileLock<T>(lockPath: string, task: () => Promise<T>, timeoutMs = DEFAULT_LOCK_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (!(await tryCreateLock(lockPath))) {
    const owner = Number.parseInt((await readOptional(lockPath))?.trim() ?? "", 10);
    // An empty file is a lock being written right now; a dead owner's lock is stale.
    if (Number.isInteger(owner) && owner !== process.pid && !(await isProcessAlive(owner))) {
      await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`neo4j-local: timed out waiting for ${lockPath} (held by pid ${owner}); remove it if that process is gone`);
    }
    await sleep(250);
  }
  try {
    return await task();
  } finally {
    await rm(lockPath, { force: true });
  }
}

async function tryCreateLock(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, "wx");
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}
