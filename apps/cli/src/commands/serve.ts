import { readFile } from "node:fs/promises";
import { InvalidArgumentError, type Command } from "commander";
import { GraphDocumentError, parseGraphDocument } from "@news-kg/schema";
import { ensureExplorerBuilt, serveExplorer } from "@news-kg/web/server";

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

/** `kg serve <graph.json>`: the explorer over one document, built on demand, served with node:http. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Explore a graph document in the browser (Sigma.js): builds the web app if needed and serves it with the document.")
    .argument("<graph>", "graph document (JSON), e.g. out/sample-graph.json")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", parsePort, 5173)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .action(async (graph: string, options: { port: number; host: string }) => {
      const graphJson = await readGraph(graph);
      if (graphJson === undefined) {
        process.exitCode = 1;
        return;
      }
      const distDir = await ensureExplorerBuilt((line) => console.error(line));
      const server = await serveExplorer({ distDir, graphJson, port: options.port, host: options.host }).catch(
        (error: NodeJS.ErrnoException) => {
          console.error(`serve: cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}`);
          return undefined;
        },
      );
      if (!server) {
        process.exitCode = 1;
        return;
      }
      console.log(`Explorer for ${graph} at ${server.url}  (Ctrl+C to stop)`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
