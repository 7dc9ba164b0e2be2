import { describe, expect, it } from "vitest";
import { GraphDocumentError, parseGraphDocument } from "../src/index.ts";

const valid = () => ({
  articles: [{ id: "a1", lang: "vi", sha256: "a".repeat(64), published: "2024-01-21" }],
  entities: [
    { id: "person:vladimir-putin", name: "Vladimir Putin", type: "PERSON", aliases: ["Putin"] },
    { id: "country:north-korea", name: "North Korea", type: "COUNTRY", aliases: ["Triều Tiên"] },
  ],
  relations: [
    {
      id: "r1",
      source: "person:vladimir-putin",
      type: "VISITED",
      target: "country:north-korea",
      status: "planned",
      date: "2024-06",
      properties: { cameo: "042" },
      confidence: 0.9,
      evidence: [{ articleId: "a1", sentence: "Ông Putin sẽ thăm Triều Tiên.", start: 0, end: 29, rule: "visit-verb" }],
    },
  ],
  mentions: [{ articleId: "a1", entityId: "country:north-korea", count: 2 }],
});

describe("parseGraphDocument", () => {
  it("accepts a valid document", () => {
    expect(parseGraphDocument(valid()).relations[0]?.status).toBe("planned");
  });

  it("names the path of every problem", () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks a valid document on purpose
    const doc = valid() as any;
    doc.relations[0].type = "LIKED";
    doc.relations[0].target = "country:nowhere";
    doc.relations[0].date = "2024-13";
    doc.articles[0].sha256 = "xyz";
    try {
      parseGraphDocument(doc, "bad.json");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphDocumentError);
      const issues = (error as GraphDocumentError).issues;
      // In document order. The dangling target is not among them: references are checked once the shape is valid.
      expect(issues.map((i) => i.path)).toEqual(["articles[0].sha256", "relations[0].type", "relations[0].date"]);
      expect(issues[0]?.message).toBe("expected a lowercase hex SHA-256");
      expect(issues[2]?.message).toBe("expected YYYY, YYYY-MM or YYYY-MM-DD");
      expect((error as Error).message).toMatch(/^schema: bad.json is not a valid graph document/);
    }
  });

  it("rejects dangling references and duplicate ids", () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks a valid document on purpose
    const doc = valid() as any;
    doc.relations[0].target = "country:nowhere";
    doc.relations[0].evidence[0].articleId = "a2";
    doc.entities.push({ ...doc.entities[0] });
    const error = (() => {
      try {
        parseGraphDocument(doc);
      } catch (e) {
        return e as GraphDocumentError;
      }
    })();
    // Ids are checked first, then the relations' references.
    expect(error?.issues).toEqual([
      { path: "entities[2].id", message: 'duplicate id "person:vladimir-putin"' },
      { path: "relations[0].target", message: 'unknown entity "country:nowhere"' },
      { path: "relations[0].evidence[0].articleId", message: 'unknown article "a2"' },
    ]);
  });
});
