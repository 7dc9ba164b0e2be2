import { join } from "node:path";
import { LOCAL_BOLT_PORT, LOCAL_HOST, LOCAL_HTTP_PORT } from "./connection.ts";
import type { LocalNeo4jPaths } from "./local-paths.ts";

/**
 * Sized for a 2-core / 24 GiB machine that also runs the test suite and a browser: enough heap and
 * page cache for the 500k-relation benchmark, small enough to leave the rest alone. The heap is fixed and
 * so is its young generation: a bulk load keeps a few write transactions' state alive through every young
 * collection, and on a busy machine G1's pause-time goal kept shrinking the young generation to a few
 * hundred MiB, which only multiplied the collections (1-2 GiB heap: up to 20 s of pauses in a 500k-relation
 * load; 4 GiB with a 2 GiB young generation: 1-3 s).
 */
export const HEAP_INITIAL = "4g";
export const HEAP_MAX = "4g";
export const YOUNG_GEN = "2g";
export const PAGE_CACHE = "1g";

export const SERVER_MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint";
export const ADMIN_MAIN_CLASS = "org.neo4j.server.startup.Neo4jAdminCommand";

/** The flags the official distribution passes: Neo4j's off-heap I/O and Netty need these on Java 17+. */
const REQUIRED_JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
];

const TUNING_JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
];

/** neo4j.conf for the local server; rewritten at every start so edits to these settings take effect. */
export function neo4jConfText(): string {
  const settings: [string, string][] = [
    ["server.default_listen_address", LOCAL_HOST],
    ["server.default_advertised_address", LOCAL_HOST],
    ["server.bolt.enabled", "true"],
    ["server.bolt.listen_address", `${LOCAL_HOST}:${LOCAL_BOLT_PORT}`],
    ["server.http.enabled", "true"],
    ["server.http.listen_address", `${LOCAL_HOST}:${LOCAL_HTTP_PORT}`],
    ["server.https.enabled", "false"],
    ["dbms.security.auth_enabled", "true"],
    // Read by the distribution's launcher only; the JVM flags below carry the same values.
    ["server.memory.heap.initial_size", HEAP_INITIAL],
    ["server.memory.heap.max_size", HEAP_MAX],
    ["server.memory.pagecache.size", PAGE_CACHE],
    ["server.jvm.additional", `-Xmn${YOUNG_GEN}`],
    // The machine has no route out; don't let the server try.
    ["dbms.usage_report.enabled", "false"],
    // Repeated benchmark loads would otherwise keep days of transaction logs.
    ["db.tx_log.rotation.retention_policy", "256M size"],
    // Checkpoint (and so prune) every 250 MiB of transaction log rather than every 15 minutes: one
    // 500k-relation load writes gigabytes, and a server killed after a few of them (the crash test) would
    // replay all of that at its next start, for many minutes.
    ["db.checkpoint", "VOLUME"],
    ["db.checkpoint.interval.volume", "250m"],
    // LOAD CSV file:/// URLs resolve below .cache/neo4j/import (bench:load writes its baseline CSV there).
    ["server.directories.import", "import"],
  ];
  const header = "# Written by @news-kg/neo4j-local at every start: edit packages/neo4j-local/src/server-settings.ts instead.\n";
  return header + settings.map(([key, value]) => `${key}=${value}`).join("\n") + "\n";
}

export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, "bin", "java") : "java";
}

/** Arguments for `java` that run the server in the foreground of its own (detached) process. */
export function serverJavaArgs(paths: LocalNeo4jPaths): string[] {
  return [
    `-Xms${HEAP_INITIAL}`,
    `-Xmx${HEAP_MAX}`,
    `-Xmn${YOUNG_GEN}`,
    ...REQUIRED_JVM_FLAGS,
    ...TUNING_JVM_FLAGS,
    "-cp",
    join(paths.lib, "*"),
    SERVER_MAIN_CLASS,
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
    "--console-mode",
  ];
}

/** Arguments for `java` that run one neo4j-admin command; home and config come from NEO4J_HOME/NEO4J_CONF. */
export function adminJavaArgs(paths: LocalNeo4jPaths, command: string[]): string[] {
  return [...REQUIRED_JVM_FLAGS, "-cp", join(paths.lib, "*"), ADMIN_MAIN_CLASS, ...command];
}
