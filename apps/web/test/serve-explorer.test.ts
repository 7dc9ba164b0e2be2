// The explorer's HTTP server on its own (a stand-in for the built app), with real requests.
import { request } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveExplorer, type ExplorerServer } from "../server/serve-explorer.ts";

const GRAPH = '{"articles":[],"entities":[],"relations":[]}';
let distDir: string;
const servers: ExplorerServer[] = [];

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), "kg-explorer-dist-"));
  await writeFile(join(distDir, "index.html"), '<div id="app"></div>');
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await rm(distDir, { recursive: true, force: true });
});

async function serve(host: string, allowedHosts: string[] = []): Promise<ExplorerServer> {
  const server = await serveExplorer({ distDir, graphJson: GRAPH, port: 0, host, allowedHosts });
  servers.push(server);
  return server;
}

/** GET /graph.json from the server with the given Host header (what a browser sends after DNS rebinding). */
function getGraph(server: ExplorerServer, host: string): Promise<number> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/graph.json", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveExplorer", () => {
  it("DNS rebinding: answers only Host headers naming its address, localhost or an allowed name", async () => {
    const server = await serve("127.0.0.1", ["kg.lab.example"]);
    const { port } = new URL(server.url);
    expect(await getGraph(server, `127.0.0.1:${port}`)).toBe(200);
    expect(await getGraph(server, `localhost:${port}`)).toBe(200);
    expect(await getGraph(server, `kg.lab.example:${port}`)).toBe(200);
    expect(await getGraph(server, `attacker.example:${port}`)).toBe(403);
    expect(await getGraph(server, "attacker.example")).toBe(403);
  });

  it("--host 0.0.0.0: gives the real bound address next to the URL to open here", async () => {
    const server = await serve("0.0.0.0");
    const { port } = new URL(server.url);
    expect(server.address).toBe(`0.0.0.0:${port}`);
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    expect(await getGraph(server, `attacker.example:${port}`)).toBe(403);
  });
});
