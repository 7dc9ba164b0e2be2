import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeGraphDocument } from "../src/write-graph-document.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const MODULE = fileURLToPath(new URL("../src/temporary-file.ts", import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-temporary-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("temporary files of atomic writes", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("%s during the output write leaves no .tmp file behind", async (signal) => {
    const out = join(dir, `${signal}.json`);
    // A writer caught between creating its temporary file and renaming it.
    const script = join(dir, `writer-${signal}.mts`);
    await writeFile(
      script,
      `import { writeFileSync } from "node:fs";
       import { temporaryFor } from ${JSON.stringify(MODULE)};
       const temporary = await temporaryFor(${JSON.stringify(out)});
       writeFileSync(temporary, "partial");
       console.log(temporary);
       setInterval(() => {}, 1000);`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const temporary = await new Promise<string>((resolve, reject) => {
      child.stdout.once("data", (chunk) => resolve(String(chunk).trim()));
      child.once("exit", () => reject(new Error(`the writer ended early: ${stderr}`)));
    });
    expect(await readdir(dir)).toContain(temporary.slice(dir.length + 1));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, received) => resolve(received)));
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("removes stale temporary files of dead processes on the next write, and keeps a live writer's", async () => {
    const out = join(dir, "graph.json");
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale = `.graph.json.${deadPid}.0123abcd.tmp`;
    const live = `.graph.json.${process.pid}.89abcdef.tmp`;
    const otherTarget = `.other.json.${deadPid}.0123abcd.tmp`;
    for (const name of [stale, live, otherTarget]) await writeFile(join(dir, name), "partial");
    await writeGraphDocument(out, { articles: [], entities: [], relations: [] });
    const names = await readdir(dir);
    expect(names).toContain("graph.json");
    expect(names).not.toContain(stale);
    expect(names).toContain(live);
    expect(names).toContain(otherTarget);
  });
});
