import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT as ROOT, TSX } from "./helpers/run-kg.ts";

// `pnpm eval:dev` on a made-up two-article corpus (never ../shared): the report, the floor check, the skip.
const SCRIPT = join(ROOT, "scripts/generalization-report.ts");
const ENTITIES = join(ROOT, "packages/eval/fixtures/entities.json");
let dir: string;

function report(...args: string[]) {
  const run = spawnSync(TSX, [SCRIPT, "--entities", ENTITIES, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-eval-dev-"));
  const corpus = join(dir, "corpus");
  await mkdir(corpus);
  // Plain text without front matter: the extractor records `vi` for both; the eval tells them apart.
  await writeFile(
    join(corpus, "t-01.txt"),
    "Tổng thống Nga Vladimir Putin đã hội đàm với Chủ tịch Triều Tiên Kim Jong Un tại Bình Nhưỡng.\n",
  );
  await writeFile(
    join(corpus, "t-02.txt"),
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.\n",
  );
  const met = ["Vladimir Putin", "MET", "Kim Jong Un"];
  await writeFile(join(dir, "gold.json"), JSON.stringify({ articles: { "t-01": { triples: [met] }, "t-02": { triples: [met] } } }));
  await writeFile(join(dir, "low.json"), JSON.stringify({ vi: { f1: 0 }, en: { f1: 0 } }));
  await writeFile(join(dir, "high.json"), JSON.stringify({ vi: { f1: 0 }, en: { f1: 2 } }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("scripts/generalization-report.ts (pnpm eval:dev)", () => {
  const args = () => ["--corpus", join(dir, "corpus"), "--gold", join(dir, "gold.json"), "--check", "t-02"];

  it("prints P/R/F1 per language for the tuning part and the check split, and passes above the floors", () => {
    const { code, stdout } = report(...args(), "--floor", join(dir, "low.json"));
    expect(code).toBe(0);
    const rows = stdout.split("\n").map((line) => line.split(/\s+/).slice(0, 3).join(" "));
    expect(rows).toEqual(expect.arrayContaining(["tuning vi 1", "check en 1", "all vi 1", "all en 1"]));
    expect(stdout).toMatch(/^floor vi: .*: ok$/m);
    expect(stdout).toMatch(/^floor en: .*: ok$/m);
  });

  it("exits 1 when a language falls more than 0.02 below its floor", () => {
    const { code, stdout } = report(...args(), "--floor", join(dir, "high.json"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^floor vi: .*: ok$/m);
    expect(stdout).toMatch(/^floor en: .*: FAIL: /m);
  });

  it("skips without the dev corpus", () => {
    const { code, stdout } = report("--corpus", join(dir, "absent"));
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`skipped: no ${join(dir, "absent")}`);
  });

  it("takes its paths from the environment too", () => {
    const run = spawnSync(TSX, [SCRIPT], { encoding: "utf8", cwd: ROOT, env: { ...process.env, EVAL_DEV_CORPUS: join(dir, "absent") } });
    expect(run.stdout.trim()).toBe(`skipped: no ${join(dir, "absent")}`);
  });
});
