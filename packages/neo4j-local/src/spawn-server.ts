import { spawn } from "node:child_process";
import { open } from "node:fs/promises";
import { javaExecutable, serverJavaArgs } from "./server-settings.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";

/**
 * Starts the server JVM detached (its own session, outliving this process), with stdout/stderr in
 * logs/console.log. Resolves with its pid once the process exists; readiness is checked elsewhere.
 */
export async function spawnServer(paths: LocalNeo4jPaths): Promise<number> {
  const consoleLog = await open(paths.consoleLog, "w");
  try {
    const child = spawn(javaExecutable(), serverJavaArgs(paths), {
      cwd: paths.home,
      detached: true,
      stdio: ["ignore", consoleLog.fd, consoleLog.fd],
      env: serverEnvironment(process.env),
    });
    await new Promise<void>((resolve, reject) => {
      child.once("spawn", resolve);
      child.once("error", (error: NodeJS.ErrnoException) =>
        reject(
          new Error(
            `neo4j-local: cannot run java: ${error.code === "ENOENT" ? "not found on PATH (install a Java 17 or 21 runtime)" : error.message}`,
          ),
        ),
      );
    });
    child.unref();
    if (child.pid === undefined) throw new Error("neo4j-local: the server process has no pid");
    return child.pid;
  } finally {
    await consoleLog.close();
  }
}

/** The server gets this process's environment minus NEO4J_* (credentials stay out of /proc/<pid>/environ). */
export function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("NEO4J_")));
}
