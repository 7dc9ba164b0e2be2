// Pure parts of the loader: batching, row building, evidence reconciliation maths, read-back mapping, errors.
import type { Relation } from "@news-kg/schema";
import { describe, expect, it } from "vitest";
import { batchesByKey } from "../src/batches.ts";
import { explainNeo4jError, Neo4jConnectionError } from "../src/connect.ts";
import { articleFromProps, relationFromRecord } from "../src/from-graph.ts";
import { entityTypeLabel, parseRelationKey, relationKey, relationshipType } from "../src/graph-model.ts";
import { NodeRefs } from "../src/node-refs.ts";
import { staleEvidence } from "../src/stale-evidence.ts";
import { packRows } from "../src/row-codec.ts";
import { ARTICLE_ROW, ENTITY_ROW, MENTION_ROW, RELATION_ROW, articleRow, entityRow, mentionRow, relationRow } from "../src/to-rows.ts";
import { createEntities, createFacts, createFactsByNode, findFacts, updateFacts, upsertEntities } from "../src/write-statements.ts";

const relation: Relation = {
  id: "rel-1",
  source: "person:putin",
  type: "MET",
  target: "person:kim",
  status: "occurred",
  date: "2023-09-13",
  properties: { cameo: "040", place: "Vostochny", negated: false },
  confidence: 0.9,
  evidence: [
    { articleId: "a1", sentence: "Kim gặp Putin.", start: 10, end: 24, rule: "met-verb" },
    { articleId: "a1", sentence: "Hai nhà lãnh đạo hội đàm.", start: 40, end: 65, rule: "talks" },
    { articleId: "a2", sentence: "Putin gặp Kim.", start: 0, end: 14, rule: "met-verb" },
  ],
};

describe("batchesByKey", () => {
  it("fills one batch per key and flushes remainders at the end", async () => {
    const items = ["a1", "b1", "a2", "a3", "b2", "a4", "c1"];
    const batches = [];
    for await (const batch of batchesByKey(items, (s) => s[0], 2)) batches.push(batch);
    expect(batches).toEqual([
      ["a", ["a1", "a2"]],
      ["b", ["b1", "b2"]],
      ["a", ["a3", "a4"]],
      ["c", ["c1"]],
    ]);
  });

  it("reads async sources and rejects a non-positive size", async () => {
    async function* source() {
      yield 1;
      yield 2;
      yield 3;
    }
    const batches = [];
    for await (const [, batch] of batchesByKey(source(), () => 0, 5)) batches.push(batch);
    expect(batches).toEqual([[1, 2, 3]]);
    await expect(batchesByKey([1], () => 0, 0).next()).rejects.toThrow(/loader: batch size/);
  });
});

describe("rows", () => {
  it("turns absent article fields into nulls so a reload removes them", () => {
    const row = articleRow({ id: "a1", lang: "vi", sha256: "0".repeat(64) });
    expect(row).toEqual({ id: "a1", title: null, url: null, published: null, lang: "vi", source: null, sha256: "0".repeat(64) });
  });

  it("spreads evidence into parallel lists and keeps properties exactly", () => {
    const row = relationRow(relation);
    expect(row.articleIds).toEqual(["a1", "a1", "a2"]);
    expect(row.evidenceArticles).toEqual(["a1", "a2"]);
    expect(row.starts).toEqual([10, 40, 0]);
    expect(row.role).toBeNull();
    expect(row.cameo).toBe("040");
    expect(JSON.parse(row.propertiesJson)).toEqual(relation.properties);
  });

  it("reads back what it wrote", () => {
    const row = relationRow(relation);
    const back = relationFromRecord({ source: relation.source, type: "MET", target: relation.target, props: { ...row } });
    expect(back).toEqual(relation);
    const undated = relationFromRecord({ source: "x", type: "MET", target: "y", props: { ...row, date: null } });
    expect(undated).not.toHaveProperty("date");
    expect(articleFromProps({ id: "a1", title: null, lang: "vi", sha256: "f".repeat(64) })).toEqual({
      id: "a1",
      lang: "vi",
      sha256: "f".repeat(64),
    });
  });
});

describe("row codec", () => {
  it("packs every field of every row kind, in spec order", () => {
    const pairs = [
      [ARTICLE_ROW, articleRow({ id: "a1", lang: "vi", sha256: "0".repeat(64) })],
      [ENTITY_ROW, entityRow({ id: "e1", name: "N", type: "PERSON", aliases: [] })],
      [RELATION_ROW, relationRow(relation)],
      [MENTION_ROW, mentionRow({ articleId: "a1", entityId: "e1", count: 2 })],
    ] as const;
    for (const [spec, row] of pairs) expect(spec.map(([name]) => name).sort()).toEqual(Object.keys(row).sort());
  });

  // The format (row-codec.ts): rows joined by RS, fields by US, list items by GS; FS stands for null and for [].
  const RS = "\u001e";
  const US = "\u001f";
  const GS = "\u001d";
  const FS = "\u001c";

  it("joins rows, fields and list items with separators; null and [] become a marker", () => {
    const spec = [
      ["id", "string"],
      ["note", "optionalString"],
      ["tags", "stringList"],
      ["n", "integerList"],
      ["x", "float"],
    ] as const;
    const packed = packRows(spec, [
      { id: "a", note: null, tags: [], n: [1, 2], x: 0.5 },
      { id: "b", note: "", tags: [""], n: [], x: 1 },
    ]);
    // "" and [""] stay empty text, distinct from the FS of null and [].
    expect(packed).toBe(["a", FS, FS, `1${GS}2`, "0.5"].join(US) + RS + ["b", "", "", FS, "1"].join(US));
  });

  it("packs a relation row field by field in RELATION_ROW's order", () => {
    const fields = [
      "rel-1", // id
      "person:putin", // source
      "person:kim", // target
      "occurred", // status
      "2023-09-13", // date
      FS, // role: none
      "040", // cameo
      "0.9", // confidence
      '{"cameo":"040","place":"Vostochny","negated":false}', // propertiesJson
      `a1${GS}a2`, // evidenceArticles: each article once
      `a1${GS}a1${GS}a2`, // articleIds: one per evidence
      `Kim gặp Putin.${GS}Hai nhà lãnh đạo hội đàm.${GS}Putin gặp Kim.`, // sentences
      `10${GS}40${GS}0`, // starts
      `24${GS}65${GS}14`, // ends
      `met-verb${GS}talks${GS}met-verb`, // rules
    ];
    expect(packRows(RELATION_ROW, [relationRow(relation)])).toBe(fields.join(US));
  });

  it("packs an article without title, url, date or source as markers for null", () => {
    const row = articleRow({ id: "a1", lang: "vi", sha256: "0".repeat(64) });
    // id, title, url, published, lang, source, sha256
    expect(packRows(ARTICLE_ROW, [row])).toBe(["a1", FS, FS, FS, "vi", FS, "0".repeat(64)].join(US));
  });

  it("gives up on a batch whose values contain a separator", () => {
    expect(packRows([["id", "string"]], [{ id: "ok" }, { id: "bad\u001eid" }])).toBeUndefined();
    expect(packRows([["tags", "stringList"]], [{ tags: ["x\u001dy"] }])).toBeUndefined();
  });
});

describe("vocabulary guard", () => {
  it("only splices labels and types from the schema's enums", () => {
    expect(entityTypeLabel("PERSON")).toBe("Person");
    expect(relationshipType("VISITED")).toBe("VISITED");
    expect(() => relationshipType("MET]->() DETACH DELETE n //" as never)).toThrow(/loader: unknown relation type/);
    expect(() => findFacts("KNOWS" as never)).toThrow(/unknown relation type/);
    for (const statement of [createFacts, createFactsByNode, updateFacts])
      expect(() => statement("KNOWS" as never, "")).toThrow(/unknown relation type/);
    for (const statement of [upsertEntities, createEntities]) expect(() => statement("ALIEN" as never, "")).toThrow(/unknown entity type/);
    expect(upsertEntities("COUNTRY", "")).toMatch(/REMOVE e:Person:Organization:Location\s+SET e:Country/);
  });

  it("round-trips relation keys, even with colons in ids", () => {
    expect(parseRelationKey(relationKey("MET", "r:1:x"))).toEqual({ type: "MET", relationId: "r:1:x" });
    expect(() => parseRelationKey("BOGUS:r1")).toThrow(/unknown relation type/);
  });
});

describe("NodeRefs", () => {
  it("keeps the node number of element ids that share a prefix, and the prefix once", () => {
    const refs = new NodeRefs();
    refs.add(["e1", "e2"], ["4:db-1:17", "4:db-1:3"]);
    refs.add(["a1"], ["4:db-1:250"]);
    expect([refs.get("e1"), refs.get("e2"), refs.get("a1"), refs.get("e9")]).toEqual(["17", "3", "250", undefined]);
    expect(refs.nodePrefix + refs.get("e1")).toBe("4:db-1:17");
  });

  it("switches itself off for element ids of another shape: ends are then found by id", () => {
    const refs = new NodeRefs();
    refs.add(["e1"], ["4:db-1:17"]);
    refs.add(["e2"], ["4:db-2:18"]);
    refs.add(["e3"], ["4:db-1:19"]);
    expect([refs.get("e1"), refs.get("e2"), refs.get("e3")]).toEqual([undefined, undefined, undefined]);
    const odd = new NodeRefs();
    odd.add(["e1"], ["node-without-number"]);
    expect(odd.get("e1")).toBeUndefined();
  });
});

describe("staleEvidence", () => {
  it("withdraws only what an article previously supported and no longer does", () => {
    const current = new Map([
      ["a1", new Set(["MET:r1"])],
      ["a2", new Set<string>()],
    ]);
    const stale = staleEvidence(
      [
        { articleId: "a1", keys: ["MET:r1", "MET:r2", "VISITED:v1"] },
        { articleId: "a2", keys: ["MET:r2"] },
        { articleId: "a3", keys: ["SIGNED:s1"] },
      ],
      (id) => current.get(id),
    );
    expect(Object.fromEntries(stale)).toEqual({
      MET: [{ relationId: "r2", articleIds: ["a1", "a2"] }],
      VISITED: [{ relationId: "v1", articleIds: ["a1"] }],
      SIGNED: [{ relationId: "s1", articleIds: ["a3"] }],
    });
  });
});

describe("explainNeo4jError", () => {
  const connection = { uri: "bolt://127.0.0.1:1", user: "neo4j" };
  it("says how to start a server when none answers", () => {
    const error = explainNeo4jError({ code: "ServiceUnavailable", message: "x" }, connection);
    expect(error).toBeInstanceOf(Neo4jConnectionError);
    expect((error as Error).message).toMatch(
      /^loader: no Neo4j server answers at bolt:\/\/127\.0\.0\.1:1: .*npm run neo4j:start.*NEO4J_URI/,
    );
  });
  it("names a refused login without the password", () => {
    const error = explainNeo4jError({ code: "Neo.ClientError.Security.Unauthorized" }, connection) as Error;
    expect(error.message).toMatch(/refused user "neo4j": wrong user or password/);
    expect(error.message).not.toContain("\n");
  });
  it("rate-limited login: says to wait and retry, not that the (maybe correct) password is wrong", () => {
    const error = explainNeo4jError({ code: "Neo.ClientError.Security.AuthenticationRateLimit" }, connection) as Error;
    expect(error.message).toBe(
      'loader: Neo4j at bolt://127.0.0.1:1 refused user "neo4j" after too many failed attempts: wait a few seconds and retry',
    );
  });
  it("never prints the user:password that NEO4J_URI may carry", () => {
    const withCredentials = { uri: "neo4j+s://alice:s3cret@db.example.org:7687/x", user: "alice" };
    const error = explainNeo4jError({ code: "ServiceUnavailable" }, withCredentials) as Error;
    expect(error.message).toContain("neo4j+s://db.example.org:7687/x");
    expect(error.message).not.toContain("s3cret");
  });
  it("leaves other errors alone", () => {
    const original = new Error("boom");
    expect(explainNeo4jError(original, connection)).toBe(original);
  });
});
