import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
/** The `kg` entry point, run under tsx as `npm run kg` does, so worker threads load TypeScript through tsx too. */
export const KG_MAIN = join(REPO_ROOT, "apps/cli/src/main.ts");
export const TSX = join(REPO_ROOT, "node_modules/.bin/tsx");

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `kg` command to its end, without colours; `env` adds to this process's environment. */
export function runKg(args: string[], env: Record<string, string> = {}): KgRun {
  const run = spawnSync(TSX, [KG_MAIN, ...args], { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0", ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
