import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");
const CLI = join(ROOT, "packages/neo4j-local/src/cli.ts");

describe("neo4j:status", () => {
  it("exits 3 when the local server is not running (0 when it runs), as service managers do", () => {
    const run = spawnSync(TSX, [CLI, "status"], { encoding: "utf8" });
    const running = !run.stdout.includes("not running");
    expect(run.stdout).toMatch(/^neo4j-local: (running|not running)/);
    expect(run.status).toBe(running ? 0 : 3);
  });
});
