import { adminJavaArgs, javaExecutable } from "./server-settings.ts";
import { pathExists } from "./path-exists.ts";
import { lastLines, runCommand } from "./run-command.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";

/**
 * Sets the admin password of a store that has never been started (neo4j-admin only writes
 * data/dbms/auth.ini, which the server applies at its first start). Does nothing afterwards.
 */
export async function setInitialPassword(paths: LocalNeo4jPaths, password: string): Promise<void> {
  if (await pathExists(paths.authFile)) return;
  const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
  const result = await runCommand(javaExecutable(), adminJavaArgs(paths, ["dbms", "set-initial-password", password]), { env });
  if (result.exitCode !== 0) {
    const output = lastLines(result.output.replaceAll(password, "***"));
    throw new Error(`neo4j-local: neo4j-admin could not set the initial password (exit ${result.exitCode}):\n${output}`);
  }
}
