import type { Command } from "commander";
import { writeFileAtomic } from "@news-kg/extractor";
import { connect, exportGraph } from "@news-kg/loader";
import { exitNeo4jCommand, neo4jFailureMessage } from "../neo4j-failure.ts";
import { neo4jTarget } from "../neo4j-target.ts";

export interface ExportCommandOptions {
  out: string;
  database?: string;
}

/** `kg export --out graph.json`: reads what `kg load` wrote back into a validated graph document. */
export function registerExport(program: Command): void {
  program
    .command("export")
    .description("Read the graph loaded into Neo4j back into a graph document (validated, written atomically).")
    .requiredOption("-o, --out <file>", "where to write the graph document (JSON)")
    .option("--database <name>", "Neo4j database (default: NEO4J_DATABASE or the server's default)")
    .action(async (options: ExportCommandOptions) => {
      exitNeo4jCommand(await runExport(options));
    });
}

export async function runExport(options: ExportCommandOptions): Promise<number> {
  const { connection, target } = neo4jTarget(options.database);
  try {
    const driver = await connect(connection);
    try {
      const document = await exportGraph(driver, target);
      await writeFileAtomic(options.out, JSON.stringify(document, null, 1) + "\n");
      console.log(
        `export: wrote ${options.out}: ${document.articles.length} articles, ${document.entities.length} entities, ` +
          `${document.relations.length} relations, ${document.mentions?.length ?? 0} mentions`,
      );
      return 0;
    } finally {
      await driver.close();
    }
  } catch (error) {
    console.error(neo4jFailureMessage(error, connection, "export"));
    return 1;
  }
}
