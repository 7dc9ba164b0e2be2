import { readFile } from "node:fs/promises";
import { InvalidArgumentError, Option, type Command } from "commander";
import { GraphDocumentError, parseGraphDocument } from "@news-kg/schema";
import { ensureExplorerBuilt, serveExplorer } from "@news-kg/web/server";
import { collectRepeated } from "../option-parsers.ts";

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

/** `kg serve <graph.json>`: the explorer over one document, built on demand, served with node:http. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Explore a graph document in the browser (Sigma.js): builds the web app if needed and serves it with the document.")
    .argument("<graph>", "graph document (JSON), e.g. out/sample-graph.json")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", parsePort, 5173)
    .option("--host <host>", "address to listen on (0.0.0.0: every address of this machine)", "127.0.0.1")
    .addOption(
      new Option("--allowed-host <name>", "a host name the explorer answers to besides its address and localhost (repeatable)")
        .argParser(collectRepeated)
        .default([], "none"),
    )
    .action(async (graph: string, options: { port: number; host: string; allowedHost: string[] }) => {
      const graphJson = await readGraph(graph);
      if (graphJson === undefined) {
        process.exitCode = 1;
        return;
      }
      const distDir = await ensureExplorerBuilt((line) => console.error(line));
      const server = await serveExplorer({
        distDir,
        graphJson,
        port: options.port,
        host: options.host,
        allowedHosts: options.allowedHost,
      }).catch((error: NodeJS.ErrnoException) => {
        console.error(listenFailure(error, options));
        return undefined;
      });
      if (!server) {
        process.exitCode = 1;
        return;
      }
      // The address actually bound, when the URL does not show it (0.0.0.0: reachable from other machines too).
      const bound = server.url.includes(server.address) ? "" : ` (listening on ${server.address})`;
      console.log(`Explorer for ${graph} at ${server.url}${bound}  (Ctrl+C to stop)`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
