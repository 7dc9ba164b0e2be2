import { chmod, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminJavaArgs, javaExecutable } from "./server-settings.ts";
import { pathExists } from "./path-exists.ts";
import { lastLines, runCommand } from "./run-command.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";

/** Only the owner may read what holds the password (or its hash). */
const OWNER_ONLY = 0o600;

/**
 * Sets the admin password of a store that has never been started (neo4j-admin only writes
 * data/dbms/auth.ini, which the server applies at its first start). Does nothing afterwards but keep
 * auth.ini readable by its owner only. The password reaches neo4j-admin in an argument file (`@file`),
 * never on its command line, which every local user can read in /proc/<pid>/cmdline.
 */
export async function setInitialPassword(paths: LocalNeo4jPaths, password: string, run = runCommand): Promise<void> {
  if (!(await pathExists(paths.authFile))) {
    const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
    // A fresh directory only the owner can enter, removed with the file afterwards.
    const directory = await mkdtemp(join(tmpdir(), "neo4j-local-"));
    try {
      const argumentFile = join(directory, "set-initial-password.args");
      await writeFile(argumentFile, initialPasswordArguments(password), { mode: OWNER_ONLY });
      const result = await run(javaExecutable(), adminJavaArgs(paths, [`@${argumentFile}`]), { env });
      if (result.exitCode !== 0) {
        const output = lastLines(result.output.replaceAll(password, "***"));
        throw new Error(`neo4j-local: neo4j-admin could not set the initial password (exit ${result.exitCode}):\n${output}`);
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }
  if (((await stat(paths.authFile)).mode & 0o777) !== OWNER_ONLY) await chmod(paths.authFile, OWNER_ONLY);
}

/**
 * neo4j-admin's arguments as picocli reads them from an `@file`: whitespace-separated, the password in
 * double quotes with `"` and `\` escaped by a backslash.
 */
export function initialPasswordArguments(password: string): string {
  return `dbms set-initial-password "${password.replace(/["\\]/g, "\\$&")}"\n`;
}
