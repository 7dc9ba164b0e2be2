// One managed write transaction (`executeWrite` retries transient failures such as deadlocks or a leader
// switch). Counters are added only once the transaction has committed, so retried attempts are not counted.
import type { ManagedTransaction, Session } from "neo4j-driver";
import { addCounters, addCounts, emptyWriteCounts, type WriteCounts } from "./write-counts.ts";

export type RunStatement = (cypher: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Runs `work` in one write transaction; `run` executes a statement and returns its records as plain objects. */
export async function runWrite<T>(session: Session, total: WriteCounts, work: (run: RunStatement) => Promise<T>): Promise<T> {
  let committed = emptyWriteCounts();
  const value = await session.executeWrite(async (tx: ManagedTransaction) => {
    const attempt = emptyWriteCounts();
    const out = await work(async (cypher, params) => {
      const result = await tx.run(cypher, params);
      addCounters(attempt, result.summary.counters);
      return result.records.map((record) => record.toObject());
    });
    committed = attempt;
    return out;
  });
  addCounts(total, committed);
  return value;
}

/**
 * Whether a transaction failed on a uniqueness constraint: what a batch written as new meets when some of its
 * rows exist after all (or when the driver retries a transaction whose commit went through but whose answer
 * was lost). The caller then writes the batch again the careful way.
 */
export function isDuplicateId(error: unknown): boolean {
  return (error as { code?: string }).code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}
