import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const WEB_ROOT = resolve(import.meta.dirname, "..");
const REPO_ROOT = resolve(WEB_ROOT, "../..");
export const DIST_DIR = join(WEB_ROOT, "dist");
const STAMP = ".build-hash";

/** Everything the bundle is made from: the app's sources, the schema it bundles, and the dependency versions. */
function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : [path];
    });
  return [
    ...walk(join(WEB_ROOT, "src")),
    ...walk(join(REPO_ROOT, "packages/schema/src")),
    join(WEB_ROOT, "index.html"),
    join(WEB_ROOT, "vite.config.ts"),
    join(WEB_ROOT, "package.json"),
    join(REPO_ROOT, "pnpm-lock.yaml"),
  ]
    .filter((path) => existsSync(path))
    .sort();
}

/** Hash of the sources, so a checkout or edit (not a timestamp) decides whether the bundle is stale. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const path of sourceFiles()) hash.update(relative(REPO_ROOT, path)).update("\0").update(readFileSync(path)).update("\0");
  return hash.digest("hex");
}

function builtHash(dir: string): string | undefined {
  const stamp = join(dir, STAMP);
  return existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : undefined;
}

/**
 * Builds the explorer into `apps/web/dist` unless it is already built from the current sources.
 * Builds into a temporary directory first and swaps it in, so a reader never sees a half-written bundle
 * and two processes building at once both end with a complete one.
 */
export async function ensureExplorerBuilt(log: (line: string) => void = () => {}): Promise<string> {
  const wanted = sourceHash();
  if (builtHash(DIST_DIR) === wanted) return DIST_DIR;
  log("web: building the explorer (sources changed or no build yet)…");
  const { build } = await import("vite");
  const temporary = join(WEB_ROOT, `.dist-${process.pid}-${Date.now()}`);
  try {
    await build({ configFile: join(WEB_ROOT, "vite.config.ts"), logLevel: "warn", build: { outDir: temporary, emptyOutDir: true } });
    writeFileSync(join(temporary, STAMP), wanted);
    if (builtHash(DIST_DIR) !== wanted) {
      rmSync(DIST_DIR, { recursive: true, force: true });
      renameSync(temporary, DIST_DIR);
    }
  } catch (error) {
    // Another process may have swapped in its build between our check and rename: that one is fine too.
    if (builtHash(DIST_DIR) !== wanted) throw error;
  } finally {
    if (existsSync(temporary) && statSync(temporary).isDirectory()) rmSync(temporary, { recursive: true, force: true });
  }
  return DIST_DIR;
}
