import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** Where the local server lives: `.cache/neo4j/` at the repository root (gitignored). */
export interface LocalNeo4jPaths {
  /** The pom.xml that lists the server's runtime (kernel, Bolt, Cypher, HTTP server, Browser). */
  pom: string;
  /** Neo4j home directory (`--home-dir`): lib/, conf/, data/, logs/, run/ below it. */
  home: string;
  lib: string;
  /** Written last by a complete fetch; holds the fingerprint of the pom it came from. */
  libMarker: string;
  conf: string;
  confFile: string;
  data: string;
  /** Present once an admin password is set; the server reads it only at its very first start. */
  authFile: string;
  logs: string;
  /** The JVM's own stdout/stderr: startup failures that never reach neo4j.log land here. */
  consoleLog: string;
  run: string;
  pidFile: string;
  /** Serialises fetch/start/stop between processes (several test runs, CLI). */
  lockFile: string;
  /** Set when a test run started the server, so the last test run to finish stops it. */
  startedByTestsMarker: string;
  /** One file per test run that uses the local server, named by its pid. */
  testLeases: string;
}

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = join(packageRoot, "..", "..");

export function localNeo4jPaths(): LocalNeo4jPaths {
  const home = join(repoRoot, ".cache", "neo4j");
  const run = join(home, "run");
  const lib = join(home, "lib");
  const data = join(home, "data");
  const logs = join(home, "logs");
  const conf = join(home, "conf");
  return {
    pom: join(packageRoot, "pom.xml"),
    home,
    lib,
    libMarker: join(lib, ".complete"),
    conf,
    confFile: join(conf, "neo4j.conf"),
    data,
    authFile: join(data, "dbms", "auth.ini"),
    logs,
    consoleLog: join(logs, "console.log"),
    run,
    pidFile: join(run, "neo4j.pid"),
    lockFile: join(run, "neo4j-local.lock"),
    startedByTestsMarker: join(run, "started-by-tests"),
    testLeases: join(run, "test-leases"),
  };
}
