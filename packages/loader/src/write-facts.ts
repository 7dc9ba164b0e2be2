// Writes one batch of facts of one type in one transaction: new facts through the lean CREATE statement,
// existing ones through the update that reconciles their evidence. When the load began with no fact of this
// type in the database at all, every fact of the batch is new and the lookup is skipped (`assumeNew`).
import type { RelationType } from "@news-kg/schema";
import { batchParams } from "./row-codec.ts";
import type { RunStatement } from "./run-write.ts";
import { RELATION_ROW, type RelationRow } from "./to-rows.ts";
import { createFacts, findFacts, updateFacts } from "./write-statements.ts";

/**
 * A batch written with `assumeNew` can still meet its own facts: a transaction whose commit went through
 * but whose answer was lost is retried by the driver. The uniqueness constraint then refuses the duplicate,
 * and the batch is written again with the lookup.
 */
export function isDuplicateFact(error: unknown): boolean {
  return (error as { code?: string }).code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}

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
