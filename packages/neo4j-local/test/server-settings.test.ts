import { describe, expect, it } from "vitest";
import { localNeo4jPaths } from "../src/local-paths.ts";
import { serverEnvironment } from "../src/spawn-server.ts";
import { neo4jConfText, serverJavaArgs } from "../src/server-settings.ts";

function settings(text: string): Map<string, string> {
  const lines = text.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
  return new Map(lines.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
}

describe("the local server's settings", () => {
  it("listen on loopback only, with authentication, on the usual ports", () => {
    const conf = settings(neo4jConfText());
    expect(conf.get("server.default_listen_address")).toBe("127.0.0.1");
    expect(conf.get("server.bolt.listen_address")).toBe("127.0.0.1:7687");
    expect(conf.get("server.http.listen_address")).toBe("127.0.0.1:7474");
    expect(conf.get("dbms.security.auth_enabled")).toBe("true");
  });

  it("give the JVM the heap the config file declares, and the flags Neo4j needs on Java 17+", () => {
    const conf = settings(neo4jConfText());
    const args = serverJavaArgs(localNeo4jPaths());
    // docs/loader.md: a fixed 4 GiB heap and a 2 GiB young generation, in the config file and on the command line.
    expect(conf.get("server.memory.heap.initial_size")).toBe("4g");
    expect(conf.get("server.memory.heap.max_size")).toBe("4g");
    expect(conf.get("server.jvm.additional")).toBe("-Xmn2g");
    expect(args.slice(0, 3)).toEqual(["-Xms4g", "-Xmx4g", "-Xmn2g"]);
    expect(args).toContain("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
    expect(args.slice(-4)).toEqual([
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${localNeo4jPaths().home}`,
      `--config-dir=${localNeo4jPaths().conf}`,
      "--console-mode",
    ]);
  });

  it("keep NEO4J_* variables, the password among them, out of the server's environment", () => {
    const env = serverEnvironment({ PATH: "/usr/bin", NEO4J_PASSWORD: "s3cret-pw", NEO4J_URI: "bolt://x" });
    expect(env).toEqual({ PATH: "/usr/bin" });
  });
});
