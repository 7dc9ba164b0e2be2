// Writes one batch of facts of one type in one transaction: new facts through the lean CREATE statement,
// existing ones through the update that reconciles their evidence. When the load began with no fact of this
// type carrying the load's mark, every fact of the batch is taken as new and the lookup skipped (`assumeNew`).
import type { RelationType } from "@news-kg/schema";
import { batchParams } from "./row-codec.ts";
import type { RunStatement } from "./run-write.ts";
import type { NodeRefs } from "./node-refs.ts";
import { refuseForeign } from "./ownership.ts";
import { FACT_BY_NODE_ROW, RELATION_ROW, type FactByNodeRow, type RelationRow } from "./to-rows.ts";
import { createFacts, createFactsByNode, findFacts, updateFacts } from "./write-statements.ts";

/**
 * A batch written with `assumeNew` can still meet existing facts (another mark's, or its own when the driver
 * retries a transaction whose commit went through unseen): the uniqueness constraint refuses it
 * (`isDuplicateId`) and the caller writes the batch again without `assumeNew`, when the lookup refuses
 * another mark's facts (ownership.ts).
 */
export async function writeFacts(
  run: RunStatement,
  type: RelationType,
  rows: RelationRow[],
  loadedBy: string,
  assumeNew: boolean,
  refs?: NodeRefs,
): Promise<void> {
  const found = assumeNew ? [] : await run(findFacts(type), { ids: rows.map((row) => row.id) });
  refuseForeign("fact", found, loadedBy);
  const existing = new Set(found.map((record) => record.id as string));
  const [byNode, byId, known]: [(RelationRow & FactByNodeRow)[], RelationRow[], RelationRow[]] = [[], [], []];
  for (const row of rows) {
    if (existing.has(row.id)) {
      known.push(row);
      continue;
    }
    const [sourceNode, targetNode] = [refs?.get(row.source), refs?.get(row.target)];
    // The row itself, with its ends' node numbers added (FACT_BY_NODE_ROW packs only what it names).
    if (sourceNode !== undefined && targetNode !== undefined) byNode.push(Object.assign(row, { sourceNode, targetNode }));
    else byId.push(row);
  }
  if (byNode.length > 0) {
    const { unwind, params } = batchParams(FACT_BY_NODE_ROW, byNode);
    await run(createFactsByNode(type, unwind), { ...params, loadedBy, nodePrefix: refs?.nodePrefix });
  }
  for (const [statement, batch] of [
    [createFacts, byId],
    [updateFacts, known],
  ] as const) {
    if (batch.length === 0) continue;
    const { unwind, params } = batchParams(RELATION_ROW, batch);
    await run(statement(type, unwind), { ...params, loadedBy });
  }
}
