import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KG_MAIN as MAIN, REPO_ROOT as ROOT, TSX, runKg } from "./helpers/run-kg.ts";
import { startKgServe } from "./helpers/start-kg-serve.ts";

const FIXTURE = join(ROOT, "apps/web/test/fixtures/mini-graph.json");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-serve-cmd-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const kgSync = (...args: string[]) => runKg(args);

describe("kg serve", () => {
  it("serves the explorer and the document on a free port, prints the URL, stops cleanly on SIGTERM", async () => {
    const { url, stop } = await startKgServe([FIXTURE, "--port", "0"]);
    try {
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(await page.text()).toContain('<div id="app">');
      const graph = await fetch(new URL("graph.json", url));
      expect(await graph.text()).toBe(await readFile(FIXTURE, "utf8"));
      expect((await fetch(new URL("%2e%2e/%2e%2e/package.json", url))).status).toBe(404);
    } finally {
      expect(await stop()).toBe(0);
    }
  }, 120_000);

  it("a port in use: says which port and how to pick another instead of a bare EADDRINUSE", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(TSX, [MAIN, "serve", FIXTURE, "--port", String(port)], { env: { ...process.env, FORCE_COLOR: "0" } });
        let [stdout, stderr] = ["", ""];
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
      });
      expect(run.stderr.trim().split("\n").at(-1)).toBe(
        `serve: port ${port} on 127.0.0.1 is already in use: stop what uses it, or pick another port with --port <n> (0 picks a free one)`,
      );
      expect(run.code).toBe(1);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 120_000);

  it("refuses an invalid document with the schema paths, and exits 1", async () => {
    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ articles: [], entities: [{ id: "x", name: "X", type: "PLANET", aliases: [] }], relations: [] }));
    const { code, stderr, stdout } = kgSync("serve", bad, "--port", "0");
    expect(code).toBe(1);
    expect(stderr).toContain(`schema: ${bad} is not a valid graph document`);
    expect(stderr).toMatch(/entities\[0\]\.type/);
    expect(stdout).toBe("");
  }, 60_000);

  it("names the file it cannot read or parse", async () => {
    expect(kgSync("serve", join(dir, "missing.json")).stderr).toMatch(/^serve: cannot read .*missing\.json: ENOENT/m);
    const notJson = join(dir, "not.json");
    await writeFile(notJson, "{ nope");
    const run = kgSync("serve", notJson);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^serve: .*not\.json is not JSON/m);
  }, 60_000);
});
