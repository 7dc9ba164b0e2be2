import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { readOptional } from "./read-optional.ts";
import { lastLines, runCommand } from "./run-command.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";

/**
 * Makes sure `lib/` holds the server's runtime jars, resolved by Maven from the package's pom.xml.
 * Skips Maven when a previous fetch of the same pom completed; otherwise copies into a temporary
 * folder and renames it, so an interrupted fetch never leaves a half-filled lib/.
 */
export async function ensureServerRuntime(paths: LocalNeo4jPaths, log: (message: string) => void): Promise<void> {
  const fingerprint = createHash("sha256")
    .update(await readFile(paths.pom))
    .digest("hex");
  if ((await readOptional(paths.libMarker))?.trim() === fingerprint) return;

  log("neo4j-local: fetching the Neo4j runtime with Maven (first run only)...");
  const started = Date.now();
  const staging = `${paths.lib}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const mvnArgs = ["-q", "-B", "-f", paths.pom, "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${staging}`];
  const result = await runCommand("mvn", mvnArgs).catch((error: Error) => {
    throw new Error(`neo4j-local: cannot run Maven: ${error.message} (install Maven, e.g. apt-get install maven)`);
  });
  if (result.exitCode !== 0) {
    throw new Error(`neo4j-local: Maven failed to fetch the Neo4j runtime (exit ${result.exitCode}):\n${lastLines(result.output, 20)}`);
  }
  await writeFile(`${staging}/.complete`, `${fingerprint}\n`);
  await rm(paths.lib, { recursive: true, force: true });
  await rename(staging, paths.lib);
  log(`neo4j-local: runtime fetched in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
