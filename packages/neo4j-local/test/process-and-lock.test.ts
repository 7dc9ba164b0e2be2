import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withFileLock } from "../src/file-lock.ts";
import { localNeo4jPaths, type LocalNeo4jPaths } from "../src/local-paths.ts";
import { isProcessAlive, runningServerPid } from "../src/server-process.ts";
import { sleep } from "../src/sleep.ts";

/** A pid that certainly belongs to no live process: that of a child that has exited and been reaped. */
function deadPid(): number {
  return spawnSync("true").pid;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "neo4j-local-test-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("process checks", () => {
  it("tell live processes from dead ones", async () => {
    expect(await isProcessAlive(process.pid)).toBe(true);
    expect(await isProcessAlive(deadPid())).toBe(false);
  });

  it("never take a pid file naming some other live process for the server", async () => {
    const paths: LocalNeo4jPaths = { ...localNeo4jPaths(), pidFile: join(dir, "neo4j.pid") };
    await writeFile(paths.pidFile, `${process.pid}\n`);
    expect(await runningServerPid(paths)).toBeUndefined();
    await writeFile(paths.pidFile, `${deadPid()}\n`);
    expect(await runningServerPid(paths)).toBeUndefined();
  });
});

describe("withFileLock", () => {
  it("runs tasks one at a time", async () => {
    const lock = join(dir, "lock");
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`${name} in`);
      await sleep(50);
      events.push(`${name} out`);
    };
    await Promise.all([withFileLock(lock, task("a")), withFileLock(lock, task("b"))]);
    // Either may win the race for the lock; what matters is that they never overlap.
    const first = events[0]?.split(" ")[0];
    const second = first === "a" ? "b" : "a";
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
  });

  it("takes over a lock whose owner died, and removes it afterwards", async () => {
    const lock = join(dir, "lock");
    await writeFile(lock, `${deadPid()}\n`);
    const seen = await withFileLock(lock, () => readFile(lock, "utf8"), 2000);
    expect(seen.trim()).toBe(String(process.pid));
    await expect(readFile(lock)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("gives up, naming the lock, while a live owner holds it", async () => {
    const lock = join(dir, "lock");
    await writeFile(lock, "1\n"); // init: always alive
    await expect(withFileLock(lock, async () => "never", 300)).rejects.toThrow(
      /neo4j-local: timed out waiting for .*lock \(held by pid 1\)/,
    );
  });
});
