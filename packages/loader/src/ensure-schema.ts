// Creates the loader's constraints and indexes (IF NOT EXISTS) and waits until they are online. The names
// already there are read first, so that a load into a prepared database spends one read on its schema, not
// one write transaction per constraint.
import type { Session } from "neo4j-driver";
import { runWrite } from "./run-write.ts";
import { existingSchemaNames, outdatedIndexes, schemaItems } from "./schema-statements.ts";
import type { WriteCounts } from "./write-counts.ts";

export async function ensureSchema(session: Session, total: WriteCounts): Promise<void> {
  const { existing, outdated } = await session.executeRead(async (tx) => {
    const names = new Set<string>();
    for (const show of existingSchemaNames) for (const record of (await tx.run(show)).records) names.add(record.get("name") as string);
    return { existing: names, outdated: (await tx.run(outdatedIndexes)).records.map((record) => record.get("name") as string) };
  });
  for (const name of outdated) {
    // Index names come from schemaItems (constants), never from input.
    await runWrite(session, total, (run) => run(`DROP INDEX ${name} IF EXISTS`, {}));
    existing.delete(name);
  }
  // Schema commands cannot share a transaction with each other's data writes: one transaction each.
  for (const { name, statement } of schemaItems) {
    if (!existing.has(name)) await runWrite(session, total, (run) => run(statement, {}));
  }
  await session.run("CALL db.awaitIndexes(300)");
}
