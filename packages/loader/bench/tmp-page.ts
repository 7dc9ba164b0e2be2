// Page part of bench:explore only (the graph must be loaded): node tmp-page.ts [runs]
import { connect, exploreApi } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import { explorePageBench } from "../../../apps/web/bench/explore-page.ts";
const connection = neo4jConnection();
const driver = await connect(connection);
const api = exploreApi({ driver, target: { loadedBy: "news-kg-bench-explore" }, connection });
const entityOf = async (id: string) => {
  const body = (await api("/api/neighbourhood", new URLSearchParams({ id, limit: "1" }))).body as any;
  return { id, name: body.graph.entities.find((e: any) => e.id === id).name };
};
const hub = await entityOf("bench-explore:e0");
const ordinary = await entityOf("bench-explore:e60000");
const body = (await api("/api/neighbourhood", new URLSearchParams({ id: hub.id }))).body as any;
const other = body.graph.relations
  .map((r: any) => (r.source === hub.id ? r.target : r.source))
  .find((id: string) => id !== ordinary.id && id !== hub.id);
const neighbour = { id: other, name: body.graph.entities.find((e: any) => e.id === other).name };
const { timings, heap } = await explorePageBench({ api, hub, ordinary, neighbour, runs: Number(process.argv[2] ?? 1) }, (l) =>
  console.log(l),
);
for (const t of timings)
  console.log(
    t.action.slice(0, 40).padEnd(42),
    "server",
    String(Math.round(Number(t.server))).padStart(5),
    "live",
    String(typeof t.live === "number" ? Math.round(t.live) : t.live).padStart(6),
    "bare",
    String(typeof t.bare === "number" ? Math.round(t.bare) : t.bare).padStart(5),
  );
console.log("heap MiB", (heap.live / 2 ** 20).toFixed(1));
await driver.close();
