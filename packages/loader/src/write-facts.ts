// Writes one batch of facts of one type in one transaction: new facts through the lean CREATE statement,
// existing ones through the update that reconciles their evidence. When the load began with no fact of this
// type carrying the load's mark, every fact of the batch is taken as new and the lookup skipped (`assumeNew`).
import type { RelationType } from "@news-kg/schema";
import { batchParams } from "./row-codec.ts";
import type { RunStatement } from "./run-write.ts";
import { RELATION_ROW, type RelationRow } from "./to-rows.ts";
import { createFacts, findFacts, updateFacts } from "./write-statements.ts";

/**
 * A batch written with `assumeNew` can still meet existing facts (another mark's, or its own when the driver
 * retries a transaction whose commit went through unseen): the uniqueness constraint refuses it
 * (`isDuplicateId`) and the caller writes the batch again without `assumeNew`.
 */
export async function writeFacts(run: RunStatement, type: RelationType, rows: RelationRow[], loadedBy: string, assumeNew: boolean): Promise<void> {
  const found = assumeNew ? [] : await run(findFacts(type), { ids: rows.map((row) => row.id) });
  const existing = new Set(found.map((record) => record.id as string));
  const fresh = rows.filter((row) => !existing.has(row.id));
  const known = rows.filter((row) => existing.has(row.id));
  for (const [statement, batch] of [[createFacts, fresh], [updateFacts, known]] as const) {
    if (batch.length === 0) continue;
    const { unwind, params } = batchParams(RELATION_ROW, batch);
    await run(statement(type, unwind), { ...params, loadedBy });
  }
}
