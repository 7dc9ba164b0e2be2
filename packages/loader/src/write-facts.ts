// Writes one batch of facts of one type in one transaction: new facts through the lean CREATE statement,
// existing ones through the update that reconciles their evidence.
import type { RelationType } from "@news-kg/schema";
import { batchParams } from "./row-codec.ts";
import type { RunStatement } from "./run-write.ts";
import { RELATION_ROW, type RelationRow } from "./to-rows.ts";
import { createFacts, findFacts, updateFacts } from "./write-statements.ts";

export async function writeFacts(run: RunStatement, type: RelationType, rows: RelationRow[], loadedBy: string): Promise<void> {
  const existing = new Set((await run(findFacts(type), { ids: rows.map((row) => row.id) })).map((record) => record.id as string));
  const fresh = rows.filter((row) => !existing.has(row.id));
  const known = rows.filter((row) => existing.has(row.id));
  for (const [statement, batch] of [[createFacts, fresh], [updateFacts, known]] as const) {
    if (batch.length === 0) continue;
    const { unwind, params } = batchParams(RELATION_ROW, batch);
    await run(statement(type, unwind), { ...params, loadedBy });
  }
}
