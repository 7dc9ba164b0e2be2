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

describe("serveExplorer's /api/", () => {
  it("document mode: every /api/ path answers 404 in JSON, so the page knows it has the whole document", async () => {
    const server = await serve("127.0.0.1");
    const answer = await fetch(new URL("api/overview", server.url));
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await answer.json()).toEqual({
      error: "serve: no API here: this explorer serves one graph document (kg serve --neo4j serves the API)",
    });
  });

  it("live mode: hands /api/ paths and their parameters to the API, GET only, and serves no /graph.json", async () => {
    // The server's input: an API that answers with what it was asked (the real one runs in apps/cli's tests).
    const server = await serveExplorer({
      distDir,
      api: async (path, params) => ({ status: path === "/api/echo" ? 200 : 404, body: { path, q: params.get("q") } }),
    });
    servers.push(server);
    const answer = await fetch(new URL("api/echo?q=Nguy%E1%BB%85n%20%27)%20RETURN%201", server.url));
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(await answer.json()).toEqual({ path: "/api/echo", q: "Nguyễn ') RETURN 1" });
    expect((await fetch(new URL("api/other", server.url))).status).toBe(404);
    expect((await fetch(new URL("api/echo", server.url), { method: "POST" })).status).toBe(405);
    expect((await fetch(new URL("graph.json", server.url))).status).toBe(404);
  });
});
