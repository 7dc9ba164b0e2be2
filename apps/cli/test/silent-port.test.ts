// A port that accepts TCP but never speaks Bolt must not hang `kg load` / `kg export` (issue #7 item 4).
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { KG_MAIN as MAIN, TSX } from "./helpers/run-kg.ts";

/** The driver's acquisition timeout (15 s), plus tsx start-up on a busy machine. */
const DEADLINE_MS = 40_000;

let server: Server;
const sockets: Socket[] = [];
let uri: string;
let dir: string;

beforeAll(async () => {
  server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  uri = `bolt://127.0.0.1:${(server.address() as { port: number }).port}`;
  dir = await mkdtemp(join(tmpdir(), "kg-silent-"));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** Runs `kg` asynchronously (the silent server lives in this process) and kills it at the deadline. */
function kg(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  // Its own process group, so that the deadline kills tsx and the node process it starts.
  const child = spawn(TSX, [MAIN, ...args], { env: { ...process.env, FORCE_COLOR: "0", ...env }, detached: true });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), DEADLINE_MS);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - started });
    }),
  );
}

describe("a silent port never hangs the CLI", () => {
  // Side by side: each waits out the driver's timeout, and the unit suite should not wait for both in turn.
  for (const command of ["export", "load"]) {
    it.concurrent(
      `kg ${command}: one line naming the URI without credentials, exit 1`,
      async ({ expect }) => {
        const graph = join(dir, "graph.json");
        await writeFile(graph, JSON.stringify({ articles: [], entities: [], relations: [] }));
        const args = command === "export" ? ["export", "--out", join(dir, "out.json")] : ["load", graph];
        const { code, stderr, ms } = await kg(args, { NEO4J_URI: uri.replace("//", "//someone:s3cret@") });
        expect(stderr.trim().split("\n")).toEqual([
          `loader: no Bolt answer from ${uri} within 15 s: is a Neo4j server listening there? (set NEO4J_URI)`,
        ]);
        expect(code).toBe(1);
        expect(ms).toBeLessThan(DEADLINE_MS);
      },
      2 * DEADLINE_MS,
    );
  }
});
