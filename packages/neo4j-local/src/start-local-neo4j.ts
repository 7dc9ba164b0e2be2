import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { LOCAL_BOLT_PORT, LOCAL_BOLT_URI, LOCAL_HOST, LOCAL_HTTP_PORT, LOCAL_USER, localPassword } from "./connection.ts";
import { ensureServerRuntime } from "./fetch-runtime.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";
import { withLocalServerLock } from "./local-server-lock.ts";
import { isPortOpen } from "./port-probe.ts";
import { runningServerPid } from "./server-process.ts";
import { neo4jConfText } from "./server-settings.ts";
import { setInitialPassword } from "./set-initial-password.ts";
import { spawnServer } from "./spawn-server.ts";
import { stopServerProcess } from "./stop-local-neo4j.ts";
import { BoltWaitError, waitForBolt } from "./wait-for-bolt.ts";

export interface StartOptions {
  /** How long to wait for Bolt to answer after the JVM starts. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

export interface LocalNeo4jCredentials {
  uri: string;
  user: string;
  password: string;
}

const DEFAULT_START_TIMEOUT_MS = 120_000;

/** Starts the local server unless it already runs (idempotent), and resolves once Bolt answers. */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<LocalNeo4jCredentials> {
  return withLocalServerLock((paths) => ensureLocalNeo4jRunning(paths, options));
}

/** startLocalNeo4j without taking the lock: for callers that already hold it. */
export async function ensureLocalNeo4jRunning(paths: LocalNeo4jPaths, options: StartOptions = {}): Promise<LocalNeo4jCredentials> {
  const log = options.log ?? console.log;
  const timeoutMs = options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const credentials = { uri: LOCAL_BOLT_URI, user: LOCAL_USER, password: localPassword() };

  const runningPid = await runningServerPid(paths);
  if (runningPid !== undefined) {
    await waitForBolt(credentials, runningPid, paths, timeoutMs);
    return credentials;
  }
  for (const port of [LOCAL_BOLT_PORT, LOCAL_HTTP_PORT]) {
    if (await isPortOpen(LOCAL_HOST, port)) {
      throw new Error(
        `neo4j-local: port ${port} on ${LOCAL_HOST} is taken by another process (not the server in ${paths.home}); stop it, or set NEO4J_URI to use that server`,
      );
    }
  }

  await Promise.all([paths.conf, paths.data, paths.logs].map((dir) => mkdir(dir, { recursive: true })));
  await ensureServerRuntime(paths, log);
  await writeAtomically(paths.confFile, neo4jConfText());
  await setInitialPassword(paths, credentials.password);

  const started = Date.now();
  const pid = await spawnServer(paths);
  await writeFile(paths.pidFile, `${pid}\n`);
  try {
    await waitForBolt(credentials, pid, paths, timeoutMs);
  } catch (error) {
    // A server that never became usable is not left behind running.
    if (error instanceof BoltWaitError && error.kind === "exited") await rm(paths.pidFile, { force: true });
    else await stopServerProcess(paths, { kill: error instanceof BoltWaitError && error.kind === "timeout", log });
    throw error;
  }
  log(
    `neo4j-local: started (pid ${pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s at ${LOCAL_BOLT_URI}, Browser at http://${LOCAL_HOST}:${LOCAL_HTTP_PORT}/browser/`,
  );
  return credentials;
}

// Not the extractor's writeFileAtomic: neo4j-local depends on no pipeline package, and this config file is
// written again on every start, so a rename without fsync or signal clean-up is enough.
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
