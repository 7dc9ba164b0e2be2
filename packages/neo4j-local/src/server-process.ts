import { readFile } from "node:fs/promises";
import { SERVER_MAIN_CLASS } from "./server-settings.ts";
import { readOptional } from "./read-optional.ts";
import { sleep } from "./sleep.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";

/** True while the process exists and is not a zombie (a killed child not yet reaped still answers kill(0)). */
export async function isProcessAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = await readOptional(`/proc/${pid}/stat`);
  // Field 3, after the parenthesised command name, is the state.
  return stat === undefined || stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}

/**
 * The pid of the local server if the pid file names a live process that is this server (a pid file
 * left behind by SIGKILL may name a recycled pid, which must never be signalled).
 */
export async function runningServerPid(paths: LocalNeo4jPaths): Promise<number | undefined> {
  const pid = Number.parseInt((await readOptional(paths.pidFile))?.trim() ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isProcessAlive(pid))) return undefined;
  return (await isLocalServerProcess(pid, paths)) ? pid : undefined;
}

async function isLocalServerProcess(pid: number, paths: LocalNeo4jPaths): Promise<boolean> {
  try {
    const args = (await readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0");
    return args.includes(SERVER_MAIN_CLASS) && args.includes(`--home-dir=${paths.home}`);
  } catch {
    return false;
  }
}

/** Polls until the process is gone; false if it is still alive after timeoutMs. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (await isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}
