// The loader against the real Neo4j server: graph model, idempotency, reloads of changed articles, reset,
// values that look like Cypher, routing URIs. Each test works under its own mark and id prefix.
import { connect, documentSource, exportGraph, loadGraph, resetGraph } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import type { GraphDocument } from "@news-kg/schema";
import { afterEach, describe, expect, it } from "vitest";
import { articleSubset } from "./helpers/article-subset.ts";
import { canonicalGraph } from "./helpers/canonical-graph.ts";
import { fixtureGraph } from "./helpers/fixture-graph.ts";
import { countMarked, openTestGraph, type TestGraph } from "./helpers/test-graph.ts";
import { packRows, unwindRows } from "../src/row-codec.ts";
import { isDuplicateId, runWrite } from "../src/run-write.ts";
import { RELATION_ROW, relationRow } from "../src/to-rows.ts";
import { emptyWriteCounts } from "../src/write-counts.ts";
import { writeFacts } from "../src/write-facts.ts";

const opened: TestGraph[] = [];
afterEach(async () => {
  for (const graph of opened.splice(0)) await graph.close();
});

async function testGraph(name: string): Promise<TestGraph> {
  const graph = await openTestGraph(name);
  opened.push(graph);
  return graph;
}

async function load(graph: TestGraph, document: GraphDocument, batchSize = 2) {
  // Tiny batches so that every phase spans several transactions.
  return loadGraph(graph.driver, documentSource(document), { loadedBy: graph.loadedBy, batchSize });
}

/** Each fact's stored evidence count (`evidenceCount`), by fact id without the test's prefix. */
async function evidenceCounts(graph: TestGraph): Promise<Record<string, number>> {
  const { records } = await graph.driver.executeQuery(
    "MATCH ()-[r]->() WHERE r.loadedBy = $loadedBy AND r.id IS NOT NULL RETURN r.id AS id, r.evidenceCount AS count",
    { loadedBy: graph.loadedBy },
  );
  return Object.fromEntries(
    records.map((record) => [(record.get("id") as string).slice(graph.prefix.length), record.get("count") as number]),
  );
}

async function exported(graph: TestGraph): Promise<GraphDocument> {
  return canonicalGraph(await exportGraph(graph.driver, { loadedBy: graph.loadedBy }));
}

describe("loadGraph", () => {
  it("writes the graph model Browser users query", async () => {
    const graph = await testGraph("model");
    const document = fixtureGraph(graph.prefix);
    const summary = await load(graph, document);
    expect(summary.rows).toEqual({ articles: 3, entities: 5, relations: 4, mentions: 5 });
    expect(summary.counts.nodesCreated).toBe(8);
    expect(summary.counts.relationshipsCreated).toBe(9);

    const { records } = await graph.driver.executeQuery(
      `MATCH (a:Entity:Person {id: $alpha})-[r:MET]->(b:Entity:Person {id: $beta})
       MATCH (c:Entity:Location)-[:LOCATED_IN]->(:Entity:Country {id: $land})
       MATCH (art:Article {id: $a1})-[m:MENTIONS]->(a)
       RETURN a.name AS name, a.aliases AS aliases, a.type AS type, r.status AS status, r.date AS date, r.cameo AS cameo,
              r.articleIds AS articleIds, r.sentences AS sentences, r.rules AS rules,
              valueType(r.starts) AS startsType, valueType(r.confidence) AS confidenceType, valueType(m.count) AS countType,
              m.count AS mentions, art.title AS title, art.sha256 AS sha256, art.lang AS lang, c.name AS city`,
      { alpha: `${graph.prefix}alpha`, beta: `${graph.prefix}beta`, land: `${graph.prefix}land`, a1: `${graph.prefix}a1` },
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.toObject()).toEqual({
      name: "Fixture Alpha",
      aliases: ["F. Alpha", "Alpha"],
      type: "PERSON",
      status: "occurred",
      date: "2024-06-19",
      cameo: "040",
      articleIds: [`${graph.prefix}a1`, `${graph.prefix}a2`],
      sentences: ["Alpha met Beta in Fixture City.", "Beta and Alpha held talks."],
      rules: ["met-verb", "talks"],
      startsType: "LIST<INTEGER NOT NULL> NOT NULL",
      confidenceType: "FLOAT NOT NULL",
      countType: "INTEGER NOT NULL",
      mentions: 3,
      title: "Fixture article one",
      sha256: document.articles[0]?.sha256,
      lang: "vi",
      city: "Fixture City",
    });
    expect(await exported(graph)).toEqual(canonicalGraph(document));
  });

  it("creates its constraints and the full-text index over names and aliases", async () => {
    const graph = await testGraph("schema");
    await load(graph, fixtureGraph(graph.prefix));
    const constraints = await graph.driver.executeQuery("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties");
    const byName = new Map(constraints.records.map((r) => [r.get("name"), r.toObject()]));
    expect(byName.get("entity_id")).toMatchObject({ type: "UNIQUENESS", labelsOrTypes: ["Entity"], properties: ["id"] });
    expect(byName.get("article_id")).toMatchObject({ type: "UNIQUENESS", labelsOrTypes: ["Article"], properties: ["id"] });
    expect(byName.get("met_id")).toMatchObject({ type: "RELATIONSHIP_UNIQUENESS", labelsOrTypes: ["MET"] });
    const search = await graph.driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node WHERE node.id STARTS WITH $prefix RETURN node.id AS id",
      { query: "FL", prefix: graph.prefix },
    );
    expect(search.records.map((r) => r.get("id"))).toEqual([`${graph.prefix}land`]);
  });

  it("is idempotent: a second load creates and deletes nothing and leaves the same graph", async () => {
    const graph = await testGraph("idempotent");
    const document = fixtureGraph(graph.prefix);
    await load(graph, document);
    const countsAfterFirst = await countMarked(graph.driver, graph.loadedBy);
    const second = await load(graph, document, 3);
    expect(second.counts).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      labelsAdded: 0,
    });
    expect(await countMarked(graph.driver, graph.loadedBy)).toEqual(countsAfterFirst);
    expect(countsAfterFirst).toEqual({
      Article: 3,
      Entity: 5,
      Person: 2,
      Country: 1,
      Location: 1,
      Organization: 1,
      MET: 1,
      VISITED: 1,
      OFFICIAL_OF: 1,
      LOCATED_IN: 1,
      MENTIONS: 5,
    });
    expect(await exported(graph)).toEqual(canonicalGraph(document));
  });

  it("replaces a reloaded article's evidence and keeps other articles' facts", async () => {
    const graph = await testGraph("reload");
    const p = graph.prefix;
    const first = fixtureGraph(p);
    // An entity only article a1 talks about: it must go when a1 stops mentioning it.
    first.entities.push({ id: `${p}ghost`, name: "Fixture Ghost", type: "ORGANIZATION", aliases: [] });
    first.relations.push({
      id: `${p}praise`,
      source: `${p}alpha`,
      type: "PRAISED",
      target: `${p}ghost`,
      status: "occurred",
      properties: {},
      confidence: 0.6,
      evidence: [{ articleId: `${p}a1`, sentence: "Alpha praised the Ghost.", start: 80, end: 104, rule: "praise" }],
    });
    first.mentions?.push({ articleId: `${p}a1`, entityId: `${p}ghost`, count: 1 });
    await load(graph, first);

    // a1 changed: new text, Alpha still met Beta (new sentence), no visit, no praise, a new criticism.
    const a1 = {
      ...(first.articles[0] as GraphDocument["articles"][number]),
      title: "Fixture article one, corrected",
      sha256: "b".repeat(64),
    };
    const alpha = first.entities[0] as GraphDocument["entities"][number];
    const beta = first.entities[1] as GraphDocument["entities"][number];
    const land = first.entities[2] as GraphDocument["entities"][number];
    const met = first.relations[0] as GraphDocument["relations"][number];
    const newMetEvidence = { articleId: a1.id, sentence: "Alpha and Beta met again.", start: 3, end: 28, rule: "met-verb" };
    const criticism = {
      id: `${p}crit`,
      source: alpha.id,
      type: "CRITICIZED" as const,
      target: land.id,
      status: "occurred" as const,
      properties: {},
      confidence: 0.5,
      evidence: [{ articleId: a1.id, sentence: "Alpha criticized Fixtureland.", start: 30, end: 59, rule: "criticize" }],
    };
    const reload: GraphDocument = {
      articles: [a1],
      entities: [{ ...alpha, aliases: ["Mr Alpha"] }, beta, land],
      relations: [{ ...met, date: "2024-06-20", confidence: 0.95, evidence: [newMetEvidence] }, criticism],
      mentions: [
        { articleId: a1.id, entityId: alpha.id, count: 4 },
        { articleId: a1.id, entityId: land.id, count: 1 },
      ],
    };
    const summary = await load(graph, reload);
    // visit, praise and the MENTIONS to beta, city and ghost are gone; so is the ghost entity.
    expect(summary.counts).toMatchObject({ relationshipsDeleted: 5, nodesDeleted: 1, relationshipsCreated: 2 });

    const fixture = fixtureGraph(p);
    const expected: GraphDocument = {
      articles: [a1, ...fixture.articles.slice(1)],
      entities: [{ ...alpha, aliases: ["F. Alpha", "Alpha", "Mr Alpha"] }, ...fixture.entities.slice(1)],
      relations: [
        { ...met, date: "2024-06-20", confidence: 0.95, evidence: [met.evidence[1] as (typeof met.evidence)[number], newMetEvidence] },
        ...fixture.relations.filter((r) => r.type === "OFFICIAL_OF" || r.type === "LOCATED_IN"),
        criticism,
      ],
      mentions: [...(reload.mentions ?? []), ...(fixture.mentions ?? []).filter((m) => m.articleId !== a1.id)],
    };
    expect(await exported(graph)).toEqual(canonicalGraph(expected));

    // The same end state as loading the expected graph from scratch.
    const fresh = await testGraph("reload-fresh");
    await load(fresh, JSON.parse(JSON.stringify(expected).replaceAll(p, fresh.prefix)));
    expect(await countMarked(graph.driver, graph.loadedBy)).toEqual(await countMarked(fresh.driver, fresh.loadedBy));
  });

  it("adds a new article to a loaded graph and reconciles it when it changes later", async () => {
    const graph = await testGraph("added");
    const p = graph.prefix;
    const first = fixtureGraph(p);
    await load(graph, first);

    // A new article a4: more evidence for MET, a new fact, and the same mention twice (the last count wins).
    const a4 = { ...(first.articles[0] as GraphDocument["articles"][number]), id: `${p}a4`, title: "Fixture article four" };
    const met = first.relations[0] as GraphDocument["relations"][number];
    const a4Met = { articleId: a4.id, sentence: "Alpha met Beta once more.", start: 7, end: 32, rule: "met-verb" };
    const thanks = {
      id: `${p}thanks`,
      source: `${p}beta`,
      type: "THANKED" as const,
      target: `${p}alpha`,
      status: "occurred" as const,
      properties: {},
      confidence: 0.4,
      evidence: [{ articleId: a4.id, sentence: "Beta thanked Alpha.", start: 40, end: 59, rule: "thank" }],
    };
    const second = structuredClone(first);
    second.articles.push(a4);
    second.relations[0] = { ...met, evidence: [...met.evidence, a4Met] };
    second.relations.push(thanks);
    second.mentions?.push(
      { articleId: a4.id, entityId: `${p}alpha`, count: 1 },
      { articleId: a4.id, entityId: `${p}beta`, count: 2 },
      { articleId: a4.id, entityId: `${p}alpha`, count: 5 },
    );
    const summary = await load(graph, second);
    expect(summary.counts).toMatchObject({ nodesCreated: 1, relationshipsCreated: 3, relationshipsDeleted: 0 });
    // MET now has a4's evidence beside a1's and a2's (an update); the thanks is new.
    expect(await evidenceCounts(graph)).toEqual({ met: 3, visit: 1, official: 1, located: 1, thanks: 1 });
    const expected = structuredClone(second);
    expected.mentions = expected.mentions?.filter((m) => !(m.articleId === a4.id && m.count === 1));
    expect(await exported(graph)).toEqual(canonicalGraph(expected));
    const { records } = await graph.driver.executeQuery(
      "MATCH (a:Article {id: $id}) RETURN a.relationKeys AS keys, a.loadPending AS pending",
      { id: a4.id },
    );
    expect(records[0]?.toObject()).toEqual({ keys: [`MET:${met.id}`, `THANKED:${thanks.id}`], pending: null });

    // a4 changes: no more MET evidence, no thanks, no mention of beta.
    const third = structuredClone(first);
    third.articles.push(a4);
    third.mentions?.push({ articleId: a4.id, entityId: `${p}alpha`, count: 5 });
    await load(graph, third);
    expect(await exported(graph)).toEqual(canonicalGraph(third));
    // a4's MET evidence withdrawn: back to a1's and a2's; the thanks is gone with its only evidence.
    expect(await evidenceCounts(graph)).toEqual({ met: 2, visit: 1, official: 1, located: 1 });
  });

  it("writes facts and mentions whose ends an earlier load wrote (found by id, not by this load's node refs)", async () => {
    const graph = await testGraph("ends-elsewhere");
    const p = graph.prefix;
    const first = fixtureGraph(p);
    await load(graph, first);
    const a5 = { ...(first.articles[0] as GraphDocument["articles"][number]), id: `${p}a5`, title: "Fixture article five" };
    const signed = {
      id: `${p}signed`,
      source: `${p}org`,
      type: "SIGNED" as const,
      target: `${p}land`,
      status: "occurred" as const,
      properties: {},
      confidence: 0.7,
      evidence: [{ articleId: a5.id, sentence: "The Ministry signed with Fixtureland.", start: 0, end: 37, rule: "sign" }],
    };
    // A source (not a validated document) that names entities it does not carry.
    await loadGraph(
      graph.driver,
      {
        articles: () => [a5],
        entities: () => [],
        relations: () => [signed],
        mentions: () => [{ articleId: a5.id, entityId: `${p}org`, count: 2 }],
      },
      { loadedBy: graph.loadedBy, batchSize: 2 },
    );
    const expected = structuredClone(first);
    expected.articles.push(a5);
    expected.relations.push(signed);
    expected.mentions?.push({ articleId: a5.id, entityId: `${p}org`, count: 2 });
    expect(await exported(graph)).toEqual(canonicalGraph(expected));
    expect(await evidenceCounts(graph)).toEqual({ met: 2, visit: 1, official: 1, located: 1, signed: 1 });
  });

  it("graphs kept apart: graph gb's load of two of ga's articles is refused, and gb's reset leaves ga whole", async () => {
    const ga = await testGraph("ga");
    const gb = await testGraph("gb");
    const document = fixtureGraph(ga.prefix);
    await load(ga, document);
    const gaBefore = await countMarked(ga.driver, ga.loadedBy);
    expect(gaBefore).toEqual({
      Article: 3,
      Entity: 5,
      Person: 2,
      Country: 1,
      Location: 1,
      Organization: 1,
      MENTIONS: 5,
      MET: 1,
      VISITED: 1,
      OFFICIAL_OF: 1,
      LOCATED_IN: 1,
    });

    await expect(
      load(
        gb,
        articleSubset(
          document,
          ["a1", "a2"].map((name) => `${ga.prefix}${name}`),
        ),
      ),
    ).rejects.toThrow(new RegExp(`^loader: article "${ga.prefix}a1" .*is held by graph "${ga.loadedBy}"`));
    const reset = await resetGraph(gb.driver, { loadedBy: gb.loadedBy });
    expect(reset).toMatchObject({ nodesDeleted: 0, relationshipsDeleted: 0, nodesKept: 0 });
    expect(await countMarked(ga.driver, ga.loadedBy)).toEqual(gaBefore);
    expect(await exported(ga)).toEqual(canonicalGraph(document));
  });

  it("never adopts a hand-made node: a load meeting one is refused and leaves its properties alone", async () => {
    const graph = await testGraph("hand-made");
    const document = fixtureGraph(graph.prefix);
    const land = `${graph.prefix}land`;
    await graph.driver.executeQuery("CREATE (:Entity {id: $land, name: 'My Russia'})", { land });
    try {
      await expect(load(graph, document)).rejects.toThrow(new RegExp(`^loader: entity "${land}" .*was not created by kg load`));
      const { records } = await graph.driver.executeQuery("MATCH (e:Entity {id: $land}) RETURN properties(e) AS props", { land });
      expect(records.map((r) => r.get("props"))).toEqual([{ id: land, name: "My Russia" }]);
    } finally {
      await graph.driver.executeQuery("MATCH (e:Entity {id: $land}) DELETE e", { land });
    }
  });

  it("after a load interrupted before it reconciled, a load of changed articles still withdraws what they dropped", async () => {
    const graph = await testGraph("interrupted");
    const p = graph.prefix;
    const first = fixtureGraph(p);
    // The source fails after two facts (MET, then a1's planned visit), as a crash would: nothing reconciled.
    const failing = {
      ...documentSource(first),
      async *relations() {
        yield* first.relations.slice(0, 2);
        throw new Error("source cut");
      },
    };
    await expect(loadGraph(graph.driver, failing, { loadedBy: graph.loadedBy, batchSize: 1 })).rejects.toThrow("source cut");
    const half = await countMarked(graph.driver, graph.loadedBy);
    expect(half.VISITED).toBe(1);

    // Article a1 changed meanwhile: no more visit.
    const second = structuredClone(first);
    second.articles[0] = { ...(second.articles[0] as GraphDocument["articles"][number]), sha256: "c".repeat(64) };
    second.relations = second.relations.filter((r) => r.type !== "VISITED");
    await load(graph, second);
    expect(await exported(graph)).toEqual(canonicalGraph(second));
    const pending = await graph.driver.executeQuery("MATCH (a:Article) WHERE a.loadedBy = $m AND a.loadPending RETURN count(a) AS n", {
      m: graph.loadedBy,
    });
    expect(pending.records[0]?.get("n")).toBe(0);
  });

  it("follows a fact whose ends changed and an entity whose type changed", async () => {
    const graph = await testGraph("moved");
    const p = graph.prefix;
    const first = fixtureGraph(p);
    await load(graph, first);
    const changed = structuredClone(first);
    changed.articles = changed.articles.filter((a) => a.id === `${p}a3`);
    const official = changed.relations.find((r) => r.type === "OFFICIAL_OF") as GraphDocument["relations"][number];
    changed.relations = [{ ...official, source: `${p}alpha` }];
    changed.entities = changed.entities.map((e) => (e.id === `${p}org` ? { ...e, type: "COUNTRY" } : e));
    changed.mentions = [];
    await load(graph, changed);
    const { records } = await graph.driver.executeQuery(
      `MATCH (s)-[r:OFFICIAL_OF {id: $id}]->(o) RETURN s.id AS source, labels(o) AS labels, o.type AS type`,
      { id: official.id },
    );
    // Entity and its new type's label only (in any order): Organization is gone.
    const rows = records.map((r) => ({ ...r.toObject(), labels: [...(r.get("labels") as string[])].sort() }));
    expect(rows).toEqual([{ source: `${p}alpha`, labels: ["Country", "Entity"], type: "COUNTRY" }]);
  });

  it("stores values that look like Cypher as plain text", async () => {
    const graph = await testGraph("injection");
    const bystander = await testGraph("bystander");
    await load(bystander, fixtureGraph(bystander.prefix));
    const before = await countMarked(bystander.driver, bystander.loadedBy);

    const evil = "'}) DETACH DELETE n //";
    const p = graph.prefix;
    const document = fixtureGraph(p);
    document.entities[0] = {
      ...(document.entities[0] as GraphDocument["entities"][number]),
      name: evil,
      aliases: [`"}) MATCH (m) DETACH DELETE m //`, "$loadedBy"],
    };
    document.articles[0] = {
      ...(document.articles[0] as GraphDocument["articles"][number]),
      title: "`]->() DELETE r //",
      url: "x' OR 1=1 --",
    };
    const met = document.relations[0] as GraphDocument["relations"][number];
    met.properties = { ...met.properties, "role`}) DELETE r //": evil, note: "MATCH (n) DETACH DELETE n" };
    // A separator of the packed batch encoding sends this batch as plain maps instead (row-codec.ts).
    met.evidence[0] = {
      ...(met.evidence[0] as (typeof met.evidence)[number]),
      sentence: `${evil} and ${"\\"}u0027 \u001e\u001f`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-looking value must stay a plain string
      rule: "${evil}",
    };
    document.relations.push({ ...met, id: `${p}') DETACH DELETE n //`, evidence: [met.evidence[0] as (typeof met.evidence)[number]] });

    await load(graph, document);
    expect(await exported(graph)).toEqual(canonicalGraph(document));
    const stored = await graph.driver.executeQuery("MATCH (e:Entity {id: $id}) RETURN e.name AS name", { id: `${p}alpha` });
    expect(stored.records[0]?.get("name")).toBe(evil);
    expect(await countMarked(bystander.driver, bystander.loadedBy)).toEqual(before);
  });

  it("works through a neo4j:// routing URI and an explicit database", async () => {
    const graph = await testGraph("routing");
    const routed = await connect({ ...neo4jConnection(), uri: "neo4j://127.0.0.1:7687", database: "neo4j" });
    try {
      const document = fixtureGraph(graph.prefix);
      const summary = await loadGraph(routed, documentSource(document), { loadedBy: graph.loadedBy, database: "neo4j" });
      expect(summary.counts.nodesCreated).toBe(8);
      expect(canonicalGraph(await exportGraph(routed, { loadedBy: graph.loadedBy, database: "neo4j" }))).toEqual(canonicalGraph(document));
    } finally {
      await routed.close();
    }
  });
});

describe("row codec", () => {
  it("decodes the same typed rows from the packed string and from plain maps", async () => {
    const graph = await testGraph("codec");
    const rows = [
      relationRow({
        id: "r'1\"",
        source: "s",
        type: "MET",
        target: "t",
        status: "planned",
        date: "2024-06",
        confidence: 0.955,
        properties: { role: "", note: "a\\b" },
        evidence: [
          { articleId: "a1", sentence: 'Tổng thống Nga Vladimir Putin 👋 nói: "xin chào".', start: 0, end: 48, rule: "r" },
          { articleId: "a2", sentence: "''", start: 2147483648, end: 2147483650, rule: "r2" },
        ],
      }),
      relationRow({
        id: "r2",
        source: "s",
        type: "MET",
        target: "t",
        status: "occurred",
        properties: {},
        confidence: 1,
        evidence: [{ articleId: "a1", sentence: "x", start: 1, end: 2, rule: "r" }],
      }),
    ];
    const decoded = [];
    for (const packed of [true, false]) {
      const params = packed ? { packed: packRows(RELATION_ROW, rows) } : { rows };
      expect(params).not.toHaveProperty("packed", undefined);
      const { records } = await graph.driver.executeQuery(
        `${unwindRows(RELATION_ROW, packed)} RETURN row, valueType(row.starts) AS startsType, valueType(row.confidence) AS confidenceType`,
        params,
      );
      expect(records.map((r) => [r.get("startsType"), r.get("confidenceType")])).toEqual([
        ["LIST<INTEGER NOT NULL> NOT NULL", "FLOAT NOT NULL"],
        ["LIST<INTEGER NOT NULL> NOT NULL", "FLOAT NOT NULL"],
      ]);
      decoded.push(records.map((r) => r.get("row")));
    }
    expect(decoded[0]).toEqual(rows);
    expect(decoded[1]).toEqual(rows);
  });
});

describe("writeFacts", () => {
  it("refuses, through the uniqueness constraint, to create again a fact wrongly assumed new", async () => {
    const graph = await testGraph("duplicate");
    const document = fixtureGraph(graph.prefix);
    await load(graph, document);
    const rows = document.relations.filter((r) => r.type === "MET").map(relationRow);
    const session = graph.driver.session();
    try {
      const again = (assumeNew: boolean) =>
        runWrite(session, emptyWriteCounts(), (run) => writeFacts(run, "MET", rows, graph.loadedBy, assumeNew));
      const refused = await again(true).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isDuplicateId(refused)).toBe(true);
      await again(false);
    } finally {
      await session.close();
    }
    expect(await exported(graph)).toEqual(canonicalGraph(document));
  });
});

describe("resetGraph", () => {
  it("deletes only what carries its mark: a user's relationship to a loaded entity and its node stay", async () => {
    const graph = await testGraph("reset");
    const other = await testGraph("reset-other");
    await load(graph, fixtureGraph(graph.prefix));
    await load(other, fixtureGraph(other.prefix));
    const otherBefore = await countMarked(other.driver, other.loadedBy);
    // Someone's own data: an unmarked entity, and a note attached to one of the loaded entities.
    const ids = { foreign: `${graph.prefix}foreign`, alpha: `${graph.prefix}alpha`, note: `${graph.prefix}note` };
    await graph.driver.executeQuery(
      `CREATE (:Entity {id: $foreign, name: 'Hand-made'})
       WITH 1 AS one MATCH (alpha:Entity {id: $alpha})
       CREATE (:Note {id: $note, text: 'my annotation'})-[:ABOUT]->(alpha)`,
      ids,
    );

    try {
      const counts = await resetGraph(graph.driver, { loadedBy: graph.loadedBy });
      // 8 nodes and 9 relationships loaded: alpha stays for the note's ABOUT, which stays too.
      expect(counts).toMatchObject({ nodesDeleted: 7, relationshipsDeleted: 9, nodesKept: 1 });
      expect(await countMarked(graph.driver, graph.loadedBy)).toEqual({ Entity: 1, Person: 1 });
      expect(await countMarked(other.driver, other.loadedBy)).toEqual(otherBefore);
      const left = await graph.driver.executeQuery(
        "MATCH (n) WHERE n.id IN [$foreign, $note, $alpha] RETURN n.id AS id, COUNT { (n)--() } AS degree ORDER BY id",
        ids,
      );
      expect(left.records.map((r) => [r.get("id"), r.get("degree")])).toEqual([
        [ids.alpha, 1],
        [ids.foreign, 0],
        [ids.note, 1],
      ]);
    } finally {
      await graph.driver.executeQuery("MATCH (n) WHERE n.id IN [$foreign, $note] DETACH DELETE n", ids);
    }
  });
});
