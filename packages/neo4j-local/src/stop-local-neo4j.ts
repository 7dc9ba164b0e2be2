import { rm } from "node:fs/promises";
import { LOCAL_BOLT_PORT, LOCAL_HOST } from "./connection.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";
import { withLocalServerLock } from "./local-server-lock.ts";
import { waitForPortClosed } from "./port-probe.ts";
import { runningServerPid, waitForExit } from "./server-process.ts";

export interface StopOptions {
  /** SIGKILL at once instead of a clean shutdown (used to test recovery after a crash). */
  kill?: boolean;
  /** How long a clean shutdown may take before SIGKILL. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

const DEFAULT_STOP_TIMEOUT_MS = 60_000;
const KILL_WAIT_MS = 10_000;

/** Stops the local server (SIGTERM, then SIGKILL after a timeout) and waits until Bolt's port is closed. */
export async function stopLocalNeo4j(options: StopOptions = {}): Promise<void> {
  await withLocalServerLock((paths) => stopServerProcess(paths, options));
}

/** stopLocalNeo4j without taking the lock: for callers that already hold it. */
export async function stopServerProcess(paths: LocalNeo4jPaths, options: StopOptions = {}): Promise<void> {
  const log = options.log ?? console.log;
  const pid = await runningServerPid(paths);
  if (pid === undefined) {
    await rm(paths.pidFile, { force: true });
    log("neo4j-local: not running");
    return;
  }
  process.kill(pid, options.kill ? "SIGKILL" : "SIGTERM");
  if (!(await waitForExit(pid, options.kill ? KILL_WAIT_MS : (options.timeoutMs ?? DEFAULT_STOP_TIMEOUT_MS)))) {
    log(`neo4j-local: pid ${pid} did not shut down in time; sending SIGKILL`);
    process.kill(pid, "SIGKILL");
    if (!(await waitForExit(pid, KILL_WAIT_MS))) throw new Error(`neo4j-local: pid ${pid} survived SIGKILL`);
  }
  // A clean shutdown removes the pid file itself; SIGKILL leaves it behind.
  await rm(paths.pidFile, { force: true });
  if (!(await waitForPortClosed(LOCAL_HOST, LOCAL_BOLT_PORT, KILL_WAIT_MS))) {
    throw new Error(`neo4j-local: port ${LOCAL_BOLT_PORT} is still open after pid ${pid} exited`);
  }
  log(`neo4j-local: ${options.kill ? "killed" : "stopped"} (pid ${pid})`);
}
