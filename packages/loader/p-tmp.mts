import { connect, exploreApi } from "./src/index.ts";
import { neo4jConnection } from "@news-kg/neo4j-local";
const connection = neo4jConnection();
const driver = await connect(connection);
const api = exploreApi({ driver, target: { loadedBy: "news-kg-bench-explore" }, connection });
for (const [path, q] of [
  ["/api/overview", {}],
  ["/api/neighbourhood", { id: "bench-explore:e0" }],
  ["/api/neighbourhood", { id: "bench-explore:e0", limit: "20" }],
  ["/api/search", { q: "Vyl" }],
] as const) {
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const a = await api(path, new URLSearchParams(q));
    console.log(path, JSON.stringify(q), a.status, Math.round(performance.now() - t), "ms");
  }
}
await driver.close();
