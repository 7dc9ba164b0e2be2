// Creates the loader's constraints and indexes (IF NOT EXISTS) and waits until they are online.
import type { Session } from "neo4j-driver";
import { runWrite } from "./run-write.ts";
import { schemaStatements } from "./schema-statements.ts";
import type { WriteCounts } from "./write-counts.ts";

export async function ensureSchema(session: Session, total: WriteCounts): Promise<void> {
  // Schema commands cannot share a transaction with each other's data writes: one transaction each.
  for (const statement of schemaStatements) await runWrite(session, total, (run) => run(statement, {}));
  await session.run("CALL db.awaitIndexes(300)");
}
