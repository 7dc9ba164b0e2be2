// Builds the bare sigma page (apps/web/bench/bare/): the floor bench:web and bench:explore compare the explorer with.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";

/** Builds the bare page into a new temporary directory (the caller removes it) and returns the directory. */
export async function buildBarePage(options: { minify?: boolean } = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "news-kg-bare-"));
  await build({
    configFile: false,
    root: join(import.meta.dirname, "bare"),
    base: "./",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, target: "es2022", minify: options.minify ?? true },
  });
  return outDir;
}
