import { readFile } from "node:fs/promises";
import { InvalidArgumentError, Option, type Command } from "commander";
import { connect, displayUri, EXPLORE_MAX_RETRY_MS, exploreApi, LOADED_BY } from "@news-kg/loader";
import { GraphDocumentError, parseGraphDocument } from "@news-kg/schema";
import { ensureExplorerBuilt, serveExplorer, type ExplorerServerOptions } from "@news-kg/web/server";
import { neo4jFailureMessage } from "../neo4j-failure.ts";
import { neo4jTarget } from "../neo4j-target.ts";
import { collectRepeated } from "../option-parsers.ts";

interface ServeOptions {
  port: number;
  host: string;
  allowedHost: string[];
  neo4j?: boolean;
  database?: string;
  graph?: string;
}

/** What `kg serve` serves, and what to print and close once it stops; undefined after printing why not. */
interface Served {
  source: Pick<ExplorerServerOptions, "graphJson" | "api">;
  what: string;
  close(): Promise<void>;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError("expected a port number (0-65535)");
  return port;
}

/** Reads and validates a graph document; returns its text, or undefined after printing why not. */
async function readGraph(path: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
    parseGraphDocument(JSON.parse(text), path);
    return text;
  } catch (error) {
    if (error instanceof GraphDocumentError) console.error(error.message);
    else if (error instanceof SyntaxError) console.error(`serve: ${path} is not JSON: ${error.message}`);
    else console.error(`serve: cannot read ${path}: ${(error as Error).message}`);
    return undefined;
  }
}

/** Why the server could not listen, and what to do about a port in use. */
function listenFailure(error: NodeJS.ErrnoException, { host, port }: { host: string; port: number }): string {
  if (error.code === "EADDRINUSE") {
    return `serve: port ${port} on ${host} is already in use: stop what uses it, or pick another port with --port <n> (0 picks a free one)`;
  }
  return `serve: cannot listen on ${host}:${port}: ${error.code ?? error.message}`;
}

/** The document, read and validated. */
async function documentSource(path: string): Promise<Served | undefined> {
  const graphJson = await readGraph(path);
  return graphJson === undefined ? undefined : { source: { graphJson }, what: path, close: async () => {} };
}

/**
 * The graph in Neo4j (NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, never sent to the browser) behind the API: read
 * transactions only. `--graph` names its `loadedBy` mark, as KG_LOADED_BY does for `kg load`.
 */
async function neo4jSource(options: ServeOptions): Promise<Served | undefined> {
  const { connection, target } = neo4jTarget(options.database);
  const graphTarget = options.graph ? { ...target, loadedBy: options.graph } : target;
  try {
    const driver = await connect(connection, { maxTransactionRetryTimeMs: EXPLORE_MAX_RETRY_MS });
    const where = `${displayUri(connection.uri)}${connection.database ? ` (database ${connection.database})` : ""}`;
    const api = exploreApi({ driver, target: graphTarget, connection });
    // The overview takes seconds on a big graph: read it now, while the browser is being opened, and say
    // at once when the graph named holds nothing here (a wrong --graph or database) or cannot be read.
    const graphName = graphTarget.loadedBy ?? LOADED_BY;
    void api("/api/overview", new URLSearchParams()).then(({ status, body }) => {
      const { error, counts } = body as { error?: string; counts?: { entities: number } };
      if (status !== 200) console.error(error);
      else if (counts?.entities === 0) {
        console.error(
          `serve: graph "${graphName}" has no entities in this database: load one with \`kg load\`, or name another with --graph`,
        );
      }
    });
    return {
      source: { api },
      what: `graph "${graphName}" in Neo4j at ${where}`,
      close: () => driver.close(),
    };
  } catch (error) {
    console.error(neo4jFailureMessage(error, connection, "serve"));
    return undefined;
  }
}

/** `kg serve <graph.json>` or `kg serve --neo4j`: the explorer, built on demand, served with node:http. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(
      "Explore a graph in the browser (Sigma.js): a graph document, or with --neo4j the graph loaded into Neo4j (searched and expanded, never fetched whole). Builds the web app if needed.",
    )
    .argument("[graph]", "graph document (JSON), e.g. out/sample-graph.json (not with --neo4j)")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", parsePort, 5173)
    .option("--host <host>", "address to listen on (0.0.0.0: every address of this machine)", "127.0.0.1")
    .addOption(
      new Option("--allowed-host <name>", "a host name the explorer answers to besides its address and localhost (repeatable)")
        .argParser(collectRepeated)
        .default([], "none"),
    )
    .option("--neo4j", "explore the graph in Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; the local server by default), read-only")
    .option("--database <name>", "with --neo4j: the Neo4j database (default: NEO4J_DATABASE or the server's default)")
    .option("--graph <name>", "with --neo4j: the graph's loadedBy mark (default: KG_LOADED_BY or news-kg)")
    .action(async (graph: string | undefined, options: ServeOptions) => {
      if ((graph === undefined) === (options.neo4j === undefined)) {
        console.error("serve: give either a graph document (kg serve out/graph.json) or --neo4j, not both");
        process.exitCode = 1;
        return;
      }
      if (!options.neo4j && (options.database !== undefined || options.graph !== undefined)) {
        console.error("serve: --database and --graph go with --neo4j");
        process.exitCode = 1;
        return;
      }
      const served = graph === undefined ? await neo4jSource(options) : await documentSource(graph);
      if (!served) {
        // A driver that never finished its handshake keeps the process alive: end it.
        process.exit(1);
      }
      const distDir = await ensureExplorerBuilt((line) => console.error(line));
      const server = await serveExplorer({
        distDir,
        ...served.source,
        port: options.port,
        host: options.host,
        allowedHosts: options.allowedHost,
      }).catch((error: NodeJS.ErrnoException) => {
        console.error(listenFailure(error, options));
        return undefined;
      });
      if (!server) {
        await served.close();
        process.exit(1);
      }
      // The address actually bound, when the URL does not show it (0.0.0.0: reachable from other machines too).
      const bound = server.url.includes(server.address) ? "" : ` (listening on ${server.address})`;
      console.log(`Explorer for ${served.what} at ${server.url}${bound}  (Ctrl+C to stop)`);
      const stop = () =>
        void server
          .close()
          .then(() => served.close())
          .then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
