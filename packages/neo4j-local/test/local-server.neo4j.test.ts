// Runs against the real server the global setup made sure of (the local one unless NEO4J_URI is set).
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { localNeo4jStatus, neo4jConnection } from "../src/index.ts";

const connection = neo4jConnection();
const usesLocalServer = !process.env.NEO4J_URI;
const drivers: Driver[] = [];

function openDriver(password: string): Driver {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, password), { connectionTimeout: 5000 });
  drivers.push(driver);
  return driver;
}

afterAll(async () => {
  await Promise.all(drivers.map((driver) => driver.close()));
});

describe("the Neo4j server used by the tests", () => {
  it("answers Cypher with the configured credentials", async () => {
    const result = await openDriver(connection.password).executeQuery(
      "RETURN 1 AS one, $word AS word",
      { word: "tin tức" },
      { database: connection.database },
    );
    expect(result.records).toHaveLength(1);
    expect(result.records[0]?.get("one").toNumber()).toBe(1);
    expect(result.records[0]?.get("word")).toBe("tin tức");
  });

  it("reports a Neo4j 5.26 server", async () => {
    const info = await openDriver(connection.password).getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });
});

describe.skipIf(!usesLocalServer)("the local server", () => {
  it("is reported running, with its pid, at the local Bolt URI", async () => {
    const status = await localNeo4jStatus();
    expect(status.running).toBe(true);
    expect(status.pid).toBeGreaterThan(0);
    expect(status.uri).toBe("bolt://127.0.0.1:7687");
  });

  it("refuses a wrong password", async () => {
    const driver = openDriver(`${connection.password}-wrong`);
    await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: "Neo.ClientError.Security.Unauthorized" });
  });

  it("serves Neo4j Browser on 127.0.0.1:7474", async () => {
    const discovery = (await (await fetch("http://127.0.0.1:7474/", { headers: { accept: "application/json" } })).json()) as Record<
      string,
      string
    >;
    expect(discovery.bolt_direct).toBe("bolt://127.0.0.1:7687");
    expect(discovery.neo4j_edition).toBe("community");
    const browser = await fetch("http://127.0.0.1:7474/browser/");
    expect(browser.status).toBe(200);
    expect(await browser.text()).toMatch(/<title>Neo4j Browser<\/title>/);
  });
});
