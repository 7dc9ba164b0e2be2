// The explorer's API (docs/web.md) against the real Neo4j server, on the sample corpus as extracted into
// test/fixtures/sample-graph.json (a copy, so that a better extractor does not move these answers; the facts
// are listed with their articles in apps/cli/test/cookbook.neo4j.test.ts). Every expected row was worked out
// by hand from that document. The graph is loaded under this file's own mark and id prefix.
import { readFile } from "node:fs/promises";
import { documentSource, EXPLORE_MAX_RETRY_MS, exploreApi, loadGraph, type ExploreApi } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import { parseGraphDocument, type GraphDocument } from "@news-kg/schema";
import neo4j, { int } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort } from "../../../apps/cli/test/helpers/closed-port.ts";
import { prefixIds } from "../../../apps/cli/test/helpers/prefix-ids.ts";
import { readTransaction } from "../src/explore/read-transaction.ts";
import { openTestGraph, type TestGraph } from "./helpers/test-graph.ts";

let graph: TestGraph;
let api: ExploreApi;
let id: (plain: string) => string;

beforeAll(async () => {
  graph = await openTestGraph("explore");
  id = (plain) => `${graph.prefix}${plain}`;
  const sample = JSON.parse(await readFile(new URL("./fixtures/sample-graph.json", import.meta.url), "utf8")) as GraphDocument;
  await loadGraph(graph.driver, documentSource(prefixIds(sample, graph.prefix)), { loadedBy: graph.loadedBy });
  api = exploreApi({ driver: graph.driver, target: { loadedBy: graph.loadedBy }, connection: neo4jConnection(), logError: () => {} });
});
afterAll(async () => {
  await graph?.close();
});

type Body = Record<string, unknown> & { graph: GraphDocument };

/** Asks the API; the answer's status must be `status`, and any graph in it a valid graph document. */
async function ask(path: string, params: Record<string, string>, status = 200): Promise<Body> {
  const answer = await api(`/api/${path}`, new URLSearchParams(params));
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  const body = JSON.parse(JSON.stringify(answer.body)) as Body;
  if (typeof body.graph === "object") parseGraphDocument(body.graph, `the answer of /api/${path}`);
  return body;
}

const unprefix = (ids: string[]) => ids.map((value) => value.replace(graph.prefix, ""));
const relationIds = (body: Body) => unprefix(body.graph.relations.map((r) => r.id));
const entityIds = (body: Body) => unprefix(body.graph.entities.map((e) => e.id)).sort();
const articleIds = (body: Body) => unprefix(body.graph.articles.map((a) => a.id)).sort();

/** The five most evidenced relations of Lavrov's two-hop neighbourhood in the frozen sample graph (the cap keeps them). */
const LAVROV_TWO_HOPS_TOP_FIVE = [
  "official_of:5cba9d55adafe167",
  "met:4f1f8df9a74fb793",
  "visited:0c348a9cef2b4ca6",
  "official_of:3a4ce61bd01f8b48",
  "official_of:122c9e23eb469b70",
];
describe("/api/overview", () => {
  it("counts the graph's entities, relations per type and status, and dates them by month", async () => {
    expect(await ask("overview", {})).toEqual({
      mode: "neo4j",
      graph: graph.loadedBy,
      counts: {
        entities: 36,
        relations: 50,
        articles: 5,
        byType: {
          MET: 8,
          VISITED: 12,
          INVITED: 1,
          THANKED: 3,
          SUPPORTED: 3,
          PRAISED: 2,
          CRITICIZED: 2,
          ACCUSED: 2,
          SUPPLIED: 1,
          SIGNED: 2,
          SANCTIONED: 1,
          OFFICIAL_OF: 9,
          PARENT_OF: 1,
          LOCATED_IN: 3,
        },
        // Planned: the 2024 treaty, support, Moscow meeting and Putin's visit; alleged: the arms supplies and support.
        byStatus: { occurred: 44, planned: 4, alleged: 2 },
        byEntityType: { PERSON: 9, COUNTRY: 7, ORGANIZATION: 10, LOCATION: 10 },
      },
      // 7/2000: the Putin-Kim Jong Il meeting and visit; 9/2023: the Vostochny meeting and two of Kim's visits.
      // 6/2024: the summit (dated by its text) and the 8 undated facts that 003, the one dated article (19-6-2024),
      // reports. Year only: three visits dated "2023". The rest: 13 standing facts and 20 undated ones.
      histogram: [
        { month: "2000-07", count: 2 },
        { month: "2023-09", count: 3 },
        { month: "2024-06", count: 9 },
      ],
      yearOnly: 3,
      undated: 33,
      standing: 13,
    });
  });
});

describe("/api/search", () => {
  const names = async (q: string, extra: Record<string, string> = {}) =>
    ((await ask("search", { q, ...extra })).entities as { id: string; name: string; degree: number }[]).map((e) => {
      expect(e.id.startsWith(graph.prefix), `${e.id} is not of this graph`).toBe(true);
      return e.name;
    });

  it("finds names and aliases with or without diacritics, with type and degree", async () => {
    expect((await ask("search", { q: "binh nhuong" })).entities).toEqual([
      {
        id: id("country:north-korea"),
        name: "North Korea",
        type: "COUNTRY",
        aliases: ["Bình Nhưỡng", "Cộng hòa Dân chủ nhân dân Triều Tiên", "Triều Tiên"],
        degree: 21,
      },
    ]);
    expect(await names("Điện Kremlin")).toEqual(["Russia"]);
    expect(await names("dien kremlin")).toEqual(["Russia"]);
    expect(await names("MÁTXCƠVA")).toEqual(["Russia"]);
  });

  it("takes the last word as a prefix (search as you type), and ranks equal matches by degree", async () => {
    // Both match "vladi*" alike; Putin has 16 relations, Vladivostok 1.
    expect(await names("vladi")).toEqual(["Vladimir Putin", "Vladivostok"]);
    expect(await names("vladi", { limit: "1" })).toEqual(["Vladimir Putin"]);
    expect(await names("jong u")).toEqual(["Kim Jong Un"]);
  });

  it("reads Lucene syntax and Cypher-looking text as plain words", async () => {
    // As Lucene, "putin OR kim" would find both, `name:putin` a field, `*` everything, a lone quote an error.
    expect(await names("putin OR kim")).toEqual([]);
    expect(await names("name:putin")).toEqual([]);
    expect(await names("*")).toEqual([]);
    expect(await names('"putin')).toEqual(["Vladimir Putin"]);
    expect(await names("putin') RETURN 1 UNION MATCH (n) DETACH DELETE n //")).toEqual([]);
  });

  it("refuses a missing query or a limit out of range", async () => {
    expect(await ask("search", {}, 400)).toEqual({ error: 'explore: parameter "q" is required' });
    expect(await ask("search", { q: "kim", limit: "101" }, 400)).toEqual({
      error: 'explore: parameter "limit" must be a whole number from 1 to 100',
    });
    await ask("search", { q: "kim", limit: "0" }, 400);
    await ask("search", { q: "kim", limit: "2.5" }, 400);
  });
});

/** The relations the answer's Cypher for Neo4j Browser finds, run as Browser would. */
async function browserAnswer(body: Body): Promise<string[]> {
  const { cypher } = body as unknown as { cypher: { query: string; params: Record<string, unknown> } };
  // Browser sends whole numbers as integers; JavaScript's numbers travel as floats unless wrapped.
  const params = Object.fromEntries(
    Object.entries(cypher.params).map(([key, value]) => [key, Number.isInteger(value) ? int(value as number) : value]),
  );
  const query = cypher.query.replace(/RETURN p[\s\S]*$/, "UNWIND relationships(p) AS step RETURN DISTINCT step.id AS id ORDER BY id");
  const { records } = await graph.driver.executeQuery(query, params);
  return unprefix(records.map((r) => r.get("id") as string));
}

describe("/api/neighbourhood", () => {
  const lavrov = () => id("person:sergey-lavrov");
  const kim = () => id("person:kim-jong-un");

  it("gives an entity's relations, the most evidenced first, with their entities and articles", async () => {
    const body = await ask("neighbourhood", { id: lavrov() });
    // His office in Russia (3 sentences), meeting Choe and his 2023 visit to North Korea (1 each, by id).
    expect(relationIds(body)).toEqual(["official_of:5cba9d55adafe167", "met:4f1f8df9a74fb793", "visited:0c348a9cef2b4ca6"]);
    expect(entityIds(body)).toEqual(["country:north-korea", "country:russia", "person:choe-son-hui", "person:sergey-lavrov"]);
    expect(articleIds(body)).toEqual(["001_ed244e5b513cb22f", "004_1d707402690d7645"]);
    // His office's 3 sentences are cut to the first (001: no article of the three is dated).
    expect(body.graph.relations[0]?.evidence.map((e) => e.articleId)).toEqual([id("001_ed244e5b513cb22f")]);
    expect(body.evidenceCounts).toEqual({ [id("official_of:5cba9d55adafe167")]: 3 });
    expect(body).toMatchObject({ total: 3, truncated: false });
    expect(body.degrees).toEqual({
      [lavrov()]: 3,
      [id("country:russia")]: 21,
      [id("person:choe-son-hui")]: 4,
      [id("country:north-korea")]: 21,
    });
  });

  it("carries one evidence item of a relation, its earliest report, and says how many it has", async () => {
    // North Korea SUPPORTED Russia (no date of its own) is reported by 000 and 001 (undated articles), then
    // twice by 003 (published 2024-06-19): the first from 003 is the one carried, so the page dates it as the
    // whole relation is dated; /api/relation gives all four.
    const supported = id("supported:5260468001944003");
    const body = await ask("neighbourhood", { id: id("country:north-korea"), types: "SUPPORTED" });
    const relation = body.graph.relations.find((r) => r.id === supported);
    expect(relation?.evidence.map((e) => e.articleId)).toEqual([id("003_30d6cea7bdaef247")]);
    expect(relation?.evidence.map((e) => e.sentence.slice(0, 20))).toEqual(["Triều Tiên hoàn toàn"]);
    expect(body.evidenceCounts).toMatchObject({ [supported]: 4 });
    const full = await ask("relation", { id: supported });
    expect(full.graph.relations[0]?.evidence.map((e) => e.articleId)).toEqual(
      ["000_98da38464c2d73ea", "001_ed244e5b513cb22f", "003_30d6cea7bdaef247", "003_30d6cea7bdaef247"].map(id),
    );
  });

  it("caps the relations, keeping the most evidenced, and says so", async () => {
    const body = await ask("neighbourhood", { id: lavrov(), limit: "1" });
    expect(relationIds(body)).toEqual(["official_of:5cba9d55adafe167"]);
    expect(entityIds(body)).toEqual(["country:russia", "person:sergey-lavrov"]);
    expect(body).toMatchObject({ total: 3, truncated: true });
  });

  it("two hops: the entity's own relations first, then its neighbours' by evidence", async () => {
    // Russia's 21 relations and North Korea's 21 share 7 (treaties, support, supplies, thanks); Choe adds her
    // meetings with Putin and with Lavrov.
    const body = await ask("neighbourhood", { id: lavrov(), hops: "2", limit: "5" });
    expect(body).toMatchObject({ total: 37, truncated: true });
    // Putin's office (27 sentences) and Kim's (15) are the most evidenced of the neighbours'.
    expect(relationIds(body)).toEqual(LAVROV_TWO_HOPS_TOP_FIVE);
  });

  it("caps a graph loaded before facts stored their evidence count the same way, counting their lists", async () => {
    const setCounts = (statement: string) => graph.driver.executeQuery(statement, { loadedBy: graph.loadedBy });
    await setCounts("MATCH ()-[r]->() WHERE r.loadedBy = $loadedBy REMOVE r.evidenceCount");
    try {
      const body = await ask("neighbourhood", { id: lavrov(), hops: "2", limit: "5" });
      expect(relationIds(body)).toEqual(LAVROV_TWO_HOPS_TOP_FIVE);
    } finally {
      await setCounts(
        "MATCH ()-[r]->() WHERE r.loadedBy = $loadedBy AND r.articleIds IS NOT NULL SET r.evidenceCount = size(r.articleIds)",
      );
    }
  });

  it("filters by type, status and date in the query", async () => {
    const ids = async (params: Record<string, string>) => relationIds(await ask("neighbourhood", { id: kim(), ...params })).sort();
    expect((await ask("neighbourhood", { id: kim() })).total).toBe(14);
    expect(await ids({ types: "MET,PARENT_OF" })).toEqual([
      "met:167726e7f44f4d52",
      "met:475d36f70ce0e0ac",
      "met:530171fedabb52fc",
      "met:9c21ec27b31d1cb4",
      "parent_of:1213d3592e7c9ea7",
    ]);
    expect(await ids({ statuses: "planned" })).toEqual(["met:167726e7f44f4d52"]);
    // September 2023: the Vostochny meeting, three visits dated in it and the one dated "2023" (it may be).
    const september = ["met:475d36f70ce0e0ac", "visited:a52cb248e9f2ee9b", "visited:c6125906c0734d56", "visited:dc0a9279528f66cd"];
    expect(await ids({ from: "2023-09", to: "2023-09-30", undated: "exclude" })).toEqual(september);
    // Undated: the invitation, a meeting, two visits and a thanks no dated article reports, and his two standing facts.
    expect(await ids({ from: "2023-09", to: "2023-09-30" })).toEqual(
      [
        ...september,
        "invited:2027a239ad3b02a3",
        "met:530171fedabb52fc",
        "visited:a7ed978e6c192cdb",
        "visited:b6adac16bde0fd80",
        "thanked:289698835b296bac",
        "official_of:122c9e23eb469b70",
        "parent_of:1213d3592e7c9ea7",
      ].sort(),
    );
    // From June 2024 on: the summit and what 003 (19-6-2024) reports of him without a date of its own.
    expect(await ids({ from: "2024-06", undated: "exclude" })).toEqual([
      "met:167726e7f44f4d52",
      "met:9c21ec27b31d1cb4",
      "praised:fb908394a6f67124",
    ]);
    const none = await ask("neighbourhood", { id: kim(), types: "" });
    expect(none).toMatchObject({ total: 0, truncated: false, graph: { relations: [] } });
    expect(entityIds(none)).toEqual(["person:kim-jong-un"]);
  });

  it("gives the same question as Cypher for Neo4j Browser", async () => {
    const body = await ask("neighbourhood", { id: lavrov(), types: "MET", statuses: "occurred" });
    expect(body.cypher).toEqual({
      query:
        "MATCH p = (c:Entity {id: $id})-[r:MET]-(:Entity)\nWHERE r.loadedBy = $loadedBy AND r.status IN $statuses\nRETURN p ORDER BY size(r.articleIds) DESC LIMIT $limit",
      params: { id: lavrov(), statuses: ["occurred"], loadedBy: graph.loadedBy, limit: 200 },
    });
    expect(await browserAnswer(body)).toEqual(["met:4f1f8df9a74fb793"]);
    // Two hops, dates: Lavrov's 2023 visit to North Korea, then Shoigu's (his office is a standing fact, and
    // Putin's visits there are dated 2000 or by a 2024 report).
    const dated = await ask("neighbourhood", {
      id: lavrov(),
      hops: "2",
      types: "VISITED,OFFICIAL_OF",
      from: "2023",
      to: "2023",
      undated: "exclude",
    });
    expect(relationIds(dated)).toEqual(["visited:0c348a9cef2b4ca6", "visited:319935a62488d319"]);
    expect(await browserAnswer(dated)).toEqual(["visited:0c348a9cef2b4ca6", "visited:319935a62488d319"]);
  });

  it("answers 404 for an unknown entity and 400 for a bad parameter", async () => {
    expect(await ask("neighbourhood", { id: "x' OR 1=1 //" }, 404)).toEqual({
      error: `explore: no entity "x' OR 1=1 //" in graph "${graph.loadedBy}"`,
    });
    expect(await ask("neighbourhood", { id: lavrov(), types: "MET,KISSED" }, 400)).toEqual({
      error: 'explore: parameter "types": unknown value "KISSED"',
    });
    await ask("neighbourhood", {}, 400);
    await ask("neighbourhood", { id: lavrov(), hops: "3" }, 400);
    await ask("neighbourhood", { id: lavrov(), limit: "2001" }, 400);
    await ask("neighbourhood", { id: lavrov(), statuses: "rumoured" }, 400);
    await ask("neighbourhood", { id: lavrov(), from: "2024-13" }, 400);
    await ask("neighbourhood", { id: lavrov(), undated: "maybe" }, 400);
    expect(await ask("neighbourhood", { id: lavrov(), from: "2025", to: "2024-12" }, 400)).toEqual({
      error: 'explore: parameter "from" (2025) is after "to" (2024-12)',
    });
  });
});

describe("/api/path", () => {
  const lavrov = () => id("person:sergey-lavrov");
  const kim = () => id("person:kim-jong-un");
  const paths = (body: Body) =>
    (body.paths as { entities: string[]; relations: string[] }[]).map((p) => [unprefix(p.entities), unprefix(p.relations)]);
  const viaRussia = ["person:sergey-lavrov", "country:russia", "person:kim-jong-un"];

  it("gives every shortest path, either direction, with its relations in the graph", async () => {
    // Lavrov is Russia's minister (Kim praised Russia and visited it four times as dated apart), and visited North Korea, which Kim leads.
    const body = await ask("path", { from: lavrov(), to: kim() });
    expect(paths(body)).toEqual([
      [viaRussia, ["official_of:5cba9d55adafe167", "praised:fb908394a6f67124"]],
      [viaRussia, ["official_of:5cba9d55adafe167", "visited:a52cb248e9f2ee9b"]],
      [viaRussia, ["official_of:5cba9d55adafe167", "visited:a7ed978e6c192cdb"]],
      [viaRussia, ["official_of:5cba9d55adafe167", "visited:c6125906c0734d56"]],
      [viaRussia, ["official_of:5cba9d55adafe167", "visited:dc0a9279528f66cd"]],
      [
        ["person:sergey-lavrov", "country:north-korea", "person:kim-jong-un"],
        ["visited:0c348a9cef2b4ca6", "official_of:122c9e23eb469b70"],
      ],
    ]);
    expect(body.graph.relations).toHaveLength(8);
    expect(entityIds(body)).toEqual(["country:north-korea", "country:russia", "person:kim-jong-un", "person:sergey-lavrov"]);
    expect(body.truncated).toBe(false);
  });

  it("follows only the types and statuses asked for", async () => {
    // Over meetings only: Lavrov met Choe, Choe met Putin, Putin met Kim (four MET facts).
    const met = paths(await ask("path", { from: lavrov(), to: kim(), types: "MET" }));
    expect(met.map(([, relations]) => relations?.at(-1))).toEqual([
      "met:167726e7f44f4d52",
      "met:475d36f70ce0e0ac",
      "met:530171fedabb52fc",
      "met:9c21ec27b31d1cb4",
    ]);
    expect(met[0]?.[0]).toEqual(["person:sergey-lavrov", "person:choe-son-hui", "person:vladimir-putin", "person:kim-jong-un"]);
    expect(paths(await ask("path", { from: lavrov(), to: kim(), statuses: "planned" }))).toEqual([]);
    expect(paths(await ask("path", { from: lavrov(), to: lavrov() }))).toEqual([[["person:sergey-lavrov"], []]]);
  });

  it("answers 404 for an unknown end", async () => {
    expect(await ask("path", { from: lavrov(), to: "person:nobody" }, 404)).toEqual({
      error: `explore: no entity "person:nobody" in graph "${graph.loadedBy}"`,
    });
    await ask("path", { from: lavrov() }, 400);
  });
});

describe("/api/relation", () => {
  it("gives one relation with all its evidence, its entities and its articles", async () => {
    const body = await ask("relation", { id: id("met:9c21ec27b31d1cb4") });
    expect(relationIds(body)).toEqual(["met:9c21ec27b31d1cb4"]);
    expect(body.graph.relations[0]).toMatchObject({
      source: id("person:kim-jong-un"),
      target: id("person:vladimir-putin"),
      date: "2024-06-19",
      status: "occurred",
    });
    expect(body.graph.relations[0]?.evidence).toHaveLength(4);
    expect(entityIds(body)).toEqual(["person:kim-jong-un", "person:vladimir-putin"]);
    expect(articleIds(body)).toEqual(["003_30d6cea7bdaef247"]);
  });

  it("answers 404 for an id it does not hold, and the API 404 for an unknown path", async () => {
    // The unprefixed id may be loaded by another test: it is not this graph's.
    expect(await ask("relation", { id: "met:9c21ec27b31d1cb4" }, 404)).toEqual({
      error: `explore: no relation "met:9c21ec27b31d1cb4" in graph "${graph.loadedBy}"`,
    });
    expect(await ask("nothing", {}, 404)).toEqual({ error: "explore: no API at /api/nothing" });
    await ask("__proto__", {}, 404);
  });
});

describe("read-only", () => {
  it("asks in read transactions, in which the server refuses any write", async () => {
    // Were it written, the node would carry this graph's mark, and the reset after the tests would remove it.
    const write = readTransaction(graph.driver, { loadedBy: graph.loadedBy }, (run) =>
      run("CREATE (:ExploreWriteProbe {loadedBy: $loadedBy})"),
    );
    await expect(write).rejects.toThrow(/read access mode/i);
  });
});

describe("a Neo4j that does not answer", () => {
  it("makes the API answer 503 with one line saying so", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused"), { maxTransactionRetryTime: EXPLORE_MAX_RETRY_MS });
    try {
      const gone = exploreApi({ driver, target: {}, connection: { uri, user: "neo4j" } });
      expect(await gone("/api/overview", new URLSearchParams())).toEqual({
        status: 503,
        body: {
          error: `loader: no Neo4j server answers at ${uri}: start the local one with \`npm run neo4j:start\`, or set NEO4J_URI to a running server`,
        },
      });
    } finally {
      await driver.close();
    }
  });
});
