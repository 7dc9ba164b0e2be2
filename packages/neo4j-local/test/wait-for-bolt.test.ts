import { describe, expect, it, vi } from "vitest";
import type { LocalNeo4jPaths } from "../src/local-paths.ts";
import { waitForBolt } from "../src/wait-for-bolt.ts";

/** What the server answers to each login attempt, in turn; then it lets the login in. */
const refusals: { code: string; message: string }[] = [];
vi.mock("neo4j-driver", () => ({
  default: {
    auth: { basic: () => ({}) },
    driver: () => ({
      verifyConnectivity: async () => {
        const refusal = refusals.shift();
        if (refusal) throw Object.assign(new Error(refusal.message), { code: refusal.code });
      },
      close: async () => {},
    }),
  },
}));

const connection = { uri: "bolt://127.0.0.1:7687", user: "neo4j", password: "right-one" };
const paths = { data: "/nowhere/data", consoleLog: "/nowhere/console.log", logs: "/nowhere/logs" } as LocalNeo4jPaths;

describe("waitForBolt", () => {
  it("a rate-limited login is waited out, not reported as a wrong password (with advice to delete the store)", async () => {
    refusals.push({
      code: "Neo.ClientError.Security.AuthenticationRateLimit",
      message: "The client has provided incorrect authentication details too many times in a row.",
    });
    await expect(waitForBolt(connection, process.pid, paths, 10_000)).resolves.toBeUndefined();
    expect(refusals).toEqual([]);
  });

  it("a refused password still ends the wait at once", async () => {
    refusals.push({ code: "Neo.ClientError.Security.Unauthorized", message: "unauthorized" });
    await expect(waitForBolt(connection, process.pid, paths, 10_000)).rejects.toMatchObject({ kind: "refused-credentials" });
  });
});
