// Every explorer question runs in one read transaction (a consistent snapshot, and a session that cannot write),
// with the graph's `loadedBy` mark as the parameter `$loadedBy` of every statement.
import type { Driver } from "neo4j-driver";
import { LOADED_BY, type GraphTarget } from "../graph-model.ts";

export type Row = Record<string, unknown>;
/** Runs one parameterized statement and returns its records as plain objects. */
export type ReadStatement = (cypher: string, params?: Row) => Promise<Row[]>;

/** How long one question may run on the server: a two-hop neighbourhood of a hub must not hold it for minutes. */
export const QUESTION_TIMEOUT_MS = 20_000;

export async function readTransaction<T>(driver: Driver, target: GraphTarget, work: (run: ReadStatement) => Promise<T>): Promise<T> {
  const loadedBy = target.loadedBy ?? LOADED_BY;
  const session = driver.session({ database: target.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(
      (tx) =>
        work(async (cypher, params = {}) => (await tx.run(cypher, { ...params, loadedBy })).records.map((record) => record.toObject())),
      { timeout: QUESTION_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}
