// A load interrupted by the server dying (SIGKILL, mid-transaction) and run again after a restart ends with
// exactly the graph an uninterrupted load gives. Kills the local server, so it only runs against it.
import { connect, documentSource, exportGraph, loadGraph, type GraphSource } from "@news-kg/loader";
import { neo4jConnection, startLocalNeo4j, stopLocalNeo4j } from "@news-kg/neo4j-local";
import type { GraphDocument, Relation } from "@news-kg/schema";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticGraph, type SyntheticSpec } from "../bench/synthetic-graph.ts";
import { canonicalGraph } from "./helpers/canonical-graph.ts";
import { countMarked, openTestGraph, type TestGraph } from "./helpers/test-graph.ts";

const SPEC: Omit<SyntheticSpec, "prefix"> = { entities: 600, relations: 2400, articles: 120, mentionsPerArticle: 4, seed: 11 };
const BATCH = 20;
const graphs: TestGraph[] = [];
afterAll(async () => {
  for (const graph of graphs) await graph.close();
});

/** The export with this test's id prefix taken out, to compare graphs loaded under different prefixes. */
async function exportedWithout(graph: TestGraph): Promise<GraphDocument> {
  const document = await exportGraph(graph.driver, { loadedBy: graph.loadedBy });
  return canonicalGraph(JSON.parse(JSON.stringify(document).replaceAll(graph.prefix, "")));
}

describe.skipIf(Boolean(process.env.NEO4J_URI))("crash recovery (local server only: it gets killed)", () => {
  it("reloads after a SIGKILL in the middle of a load to exactly the counts of an uninterrupted load", { timeout: 300_000 }, async () => {
    const crashed = await openTestGraph("crashed");
    graphs.push(crashed);
    const source: GraphSource = syntheticGraph({ ...SPEC, prefix: crashed.prefix });

    // A driver that gives up quickly once the server is gone (the default retries for 30 s).
    const dying = await connect(neo4jConnection(), { maxTransactionRetryTimeMs: 500 });
    // The fact stream holds back its last two thirds until the server has been killed, while the batches
    // already sent are being written: the kill lands in the middle of the load, whatever the machine's speed.
    let relationsWhenKilled = 0;
    const killing: GraphSource = {
      ...source,
      async *relations() {
        let sent = 0;
        for (const relation of source.relations() as Iterable<Relation>) {
          if (sent === SPEC.relations / 3) {
            await stopLocalNeo4j({ kill: true, log: () => {} });
            relationsWhenKilled = sent;
          }
          sent += 1;
          yield relation;
        }
      },
    };
    await expect(loadGraph(dying, killing, { loadedBy: crashed.loadedBy, batchSize: BATCH })).rejects.toThrow();
    await dying.close().catch(() => {});
    expect(relationsWhenKilled).toBe(SPEC.relations / 3);

    await startLocalNeo4j();
    const partial = await countMarked(crashed.driver, crashed.loadedBy);
    // The kill landed mid-load: some facts are in, not all, and nothing was reconciled yet.
    const factsIn = Object.entries(partial)
      .filter(([kind]) => kind === kind.toUpperCase() && kind !== "MENTIONS")
      .reduce((n, [, c]) => n + c, 0);
    expect(factsIn).toBeGreaterThan(0);
    expect(factsIn).toBeLessThanOrEqual(relationsWhenKilled);

    await loadGraph(crashed.driver, source, { loadedBy: crashed.loadedBy, batchSize: BATCH });

    const reference = await openTestGraph("uninterrupted");
    graphs.push(reference);
    await loadGraph(reference.driver, syntheticGraph({ ...SPEC, prefix: reference.prefix }), {
      loadedBy: reference.loadedBy,
      batchSize: BATCH,
    });

    expect(await countMarked(crashed.driver, crashed.loadedBy)).toEqual(await countMarked(reference.driver, reference.loadedBy));
    const [recovered, uninterrupted] = [await exportedWithout(crashed), await exportedWithout(reference)];
    expect(recovered.relations).toHaveLength(SPEC.relations);
    expect(recovered).toEqual(uninterrupted);
    // And both are the generated graph itself.
    const generated = syntheticGraph(SPEC);
    const expected = canonicalGraph({
      articles: [...generated.articles()],
      entities: [...generated.entities()],
      relations: [...generated.relations()],
      mentions: [...generated.mentions()],
    });
    expect(uninterrupted).toEqual(expected);
    expect(documentSource(expected).sizes).toEqual(generated.sizes);
  });
});
