import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Scripts only from the app itself (the layout worker is a blob); styles set through the CSSOM only;
 * documents may come from elsewhere with `?graph=<url>`. A second wall behind rendering text as text.
 */
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; connect-src 'self' http: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

/** A JSON answer of the live explorer's API. */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** Answers `GET /api/<name>?<params>` (the path includes `/api/`); must resolve, with an error body if need be. */
export type ApiHandler = (path: string, params: URLSearchParams) => Promise<ApiAnswer>;

export interface ExplorerServerOptions {
  /** The built app (see ensureExplorerBuilt). */
  distDir: string;
  /** The graph document, already validated, served at /graph.json; every `/api/` path then answers 404. */
  graphJson?: string;
  /** Instead of a document: the API of a graph in Neo4j under `/api/` (no /graph.json: nothing fetches the whole database). */
  api?: ApiHandler;
  port?: number;
  host?: string;
  /** Host names answered besides the bound address and localhost (a name this machine is reached by). */
  allowedHosts?: string[];
}

export interface ExplorerServer {
  /** Where a browser on this machine opens the explorer. */
  url: string;
  /** The address and port actually bound, e.g. `0.0.0.0:5173` (every address of the machine). */
  address: string;
  close(): Promise<void>;
}

/** Addresses that mean "every address of this machine". */
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", ""]);

/**
 * The Host header values (without port) the server answers: anything else is refused, so that a web page
 * whose own name was rebound to this address (DNS rebinding) cannot read /graph.json.
 */
function hostNames(host: string, allowedHosts: string[]): Set<string> {
  const names = new Set(["localhost", "127.0.0.1", "::1", host, ...allowedHosts].map((name) => name.toLowerCase()));
  if (WILDCARD_HOSTS.has(host)) {
    names.add(hostname().toLowerCase());
    for (const address of Object.values(networkInterfaces()).flat()) if (address) names.add(address.address.toLowerCase());
  }
  return names;
}

/** The host part of a Host header: `[::1]:8080` → `::1`, `example.org:80` → `example.org`. */
function hostOfHeader(header: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  return (bracketed ? bracketed[1]! : header.replace(/:\d+$/, "")).toLowerCase();
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** An API answer: JSON, never cached (the database changes under it). */
function sendJson(res: ServerResponse, { status, body }: ApiAnswer): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": CONTENT_TYPES[".json"]!,
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

const API_PREFIX = "/api/";
/** What the document explorer answers under /api/: the page reads it as "document mode". */
const NO_API: ApiAnswer = {
  status: 404,
  body: { error: "serve: no API here: this explorer serves one graph document (kg serve --neo4j serves the API)" },
};

/** Serves the built explorer and the document with node:http. Resolves once listening; port 0 picks a free one. */
export function serveExplorer({
  distDir,
  graphJson,
  api,
  port = 0,
  host = "127.0.0.1",
  allowedHosts = [],
}: ExplorerServerOptions): Promise<ExplorerServer> {
  if ((graphJson === undefined) === (api === undefined)) throw new Error("serve: give the explorer either a graph document or an API");
  const graphBody = graphJson === undefined ? undefined : Buffer.from(graphJson);
  const answered = hostNames(host, allowedHosts);
  const server = createServer((req, res) => {
    if (!answered.has(hostOfHeader(req.headers.host ?? ""))) {
      return send(res, 403, "text/plain; charset=utf-8", "unknown host: start kg serve with --allowed-host <name> to use this name\n");
    }
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain; charset=utf-8", "method not allowed\n");
    let pathname: string;
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, "text/plain; charset=utf-8", "bad request\n");
    }
    if (pathname.startsWith(API_PREFIX)) {
      if (!api) return sendJson(res, NO_API);
      if (req.method !== "GET") return sendJson(res, { status: 405, body: { error: "serve: the API answers GET only" } });
      return void api(pathname, url.searchParams)
        .catch((): ApiAnswer => ({ status: 500, body: { error: "serve: the API failed" } }))
        .then((answer) => sendJson(res, answer));
    }
    if (pathname === "/graph.json" && graphBody) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        "content-type": CONTENT_TYPES[".json"]!,
        "content-length": graphBody.length,
        "cache-control": "no-store",
      });
      return res.end(req.method === "HEAD" ? undefined : graphBody);
    }
    const file = normalize(join(distDir, pathname === "/" ? "index.html" : pathname));
    if (!file.startsWith(distDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, "text/plain; charset=utf-8", "not found\n");
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      // Hashed asset names never change content; the page itself must be revalidated.
      "cache-control": pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { address, port: actualPort } = server.address() as AddressInfo;
      const withPort = (name: string) => `${name.includes(":") ? `[${name}]` : name}:${actualPort}`;
      resolvePromise({
        url: `http://${withPort(WILDCARD_HOSTS.has(host) ? "127.0.0.1" : host)}/`,
        address: withPort(address),
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
