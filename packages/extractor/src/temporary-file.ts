// Temporary files of atomic writes (a temporary file next to the target, renamed over it once complete):
// removed if the process is interrupted (SIGINT, SIGTERM) while one exists, and those that a process killed
// outright (SIGKILL, a crash) left behind are removed by the next write to the same target.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const INTERRUPTIONS = ["SIGINT", "SIGTERM"] as const;
const pending = new Set<string>();

/** `.<name>.<pid>.<8 hex>.tmp`: the pid tells a live writer's file from a dead one's. */
const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * A fresh temporary path for an atomic write of `path`, removed on SIGINT/SIGTERM until `release` is called.
 * Stale temporary files of `path` from dead processes are removed first.
 */
export async function temporaryFor(path: string): Promise<string> {
  await removeStaleTemporaries(path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  if (pending.size === 0) for (const signal of INTERRUPTIONS) process.on(signal, onInterrupt);
  pending.add(temporary);
  return temporary;
}

/** Ends the tracking of a temporary file (renamed over its target, or removed). */
export function release(temporary: string): void {
  pending.delete(temporary);
  if (pending.size === 0) for (const signal of INTERRUPTIONS) process.off(signal, onInterrupt);
}

/** Removes the temporary files, then lets the signal end the process as it would have without this handler. */
function onInterrupt(signal: NodeJS.Signals): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
  for (const interruption of INTERRUPTIONS) process.off(interruption, onInterrupt);
  process.kill(process.pid, signal);
}

/** Temporary files of `path` whose writer is gone (killed before it could clean up). */
async function removeStaleTemporaries(path: string): Promise<void> {
  const directory = dirname(path);
  const names = await readdir(directory).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (match?.[1] === basename(path) && !isAlive(Number(match[2]))) await rm(join(directory, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
