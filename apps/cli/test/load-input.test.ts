// What `kg load` refuses before it connects to anything (no Neo4j needed).
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KG_MAIN as MAIN, TSX } from "./helpers/run-kg.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-load-input-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kg load", () => {
  it("kg load a.json b.json: says one graph document is loaded at a time instead of reading them as articles", async () => {
    const [a, b] = [join(dir, "a.json"), join(dir, "b.json")];
    const document = { articles: [], entities: [], relations: [] };
    for (const path of [a, b]) await writeFile(path, JSON.stringify(document, null, 1));
    const run = spawnSync(TSX, [MAIN, "load", a, b], { encoding: "utf8", env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1" } });
    expect(run.stderr.trim()).toBe(
      `load: ${a}, ${b}: one graph document is loaded at a time, on its own (not with other files); nothing written`,
    );
    expect(run.status).toBe(1);
  });
});
