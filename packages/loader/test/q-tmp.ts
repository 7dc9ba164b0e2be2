import neo4j from "neo4j-driver";
import { neo4jConnection } from "@news-kg/neo4j-local";
const c = neo4jConnection();
const d = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { disableLosslessIntegers: true });
for (const q of process.argv.slice(2)) {
  const r = await d.executeQuery(q);
  console.log(JSON.stringify(r.records.map((x) => x.toObject())), JSON.stringify(r.summary.counters.updates()));
}
await d.close();
