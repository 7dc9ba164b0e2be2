import { RELATION_TYPES } from "@news-kg/schema";
import { describe, expect, it } from "vitest";
import { cypherLiteral, CypherLiteralError } from "../src/core/cypher/cypher-literal.ts";
import { cypherText } from "../src/core/cypher/cypher-question.ts";
import { documentCypher } from "../src/core/cypher/document-cypher.ts";
import { inlineParams } from "../src/core/cypher/inline-params.ts";
import { defaultBrowserBase, neo4jBrowserUrl } from "../src/core/cypher/neo4j-browser-url.ts";
import { partialDateRange } from "../src/core/dates/partial-date.ts";
import { NO_FILTERS } from "../src/core/filters/filter-state.ts";

describe("Cypher literals", () => {
  it("quotes strings so that no value ends its literal", () => {
    expect(cypherLiteral("Kim Jong Un")).toBe("'Kim Jong Un'");
    expect(cypherLiteral("x' }) DETACH DELETE n //")).toBe("'x\\' }) DETACH DELETE n //'");
    expect(cypherLiteral("back\\slash")).toBe("'back\\\\slash'");
    expect(cypherLiteral("two\nlines\ttab\u0001")).toBe("'two\\nlines\\ttab\\u0001'");
  });

  it("writes numbers, booleans, null, lists and maps", () => {
    expect(cypherLiteral(200)).toBe("200");
    expect(cypherLiteral(0.5)).toBe("0.5");
    expect(cypherLiteral(true)).toBe("true");
    expect(cypherLiteral(null)).toBe("null");
    expect(cypherLiteral(["MET", "VISITED"])).toBe("['MET', 'VISITED']");
    expect(cypherLiteral({ id: "a", "odd key`": 1 })).toBe("{id: 'a', `odd key```: 1}");
    expect(() => cypherLiteral(Number.NaN)).toThrow(CypherLiteralError);
  });
});

describe("inlining parameters", () => {
  it("replaces each parameter outside strings, names and comments", () => {
    const query =
      "MATCH (e:Entity {id: $id}) // not $id\nWHERE e.name <> '$id' AND e.`$id` = $`odd name` /* $limit */\nRETURN e LIMIT $limit";
    expect(inlineParams(query, { id: "person:a'b", limit: 200, "odd name": ["x"] })).toBe(
      "MATCH (e:Entity {id: 'person:a\\'b'}) // not $id\nWHERE e.name <> '$id' AND e.`$id` = ['x'] /* $limit */\nRETURN e LIMIT 200",
    );
  });

  it("leaves a parameter it was not given, and one that only begins like a given one", () => {
    expect(inlineParams("RETURN $from, $fromId, $to", { from: "2024" })).toBe("RETURN '2024', $fromId, $to");
  });

  it("heads the statement with its title as a comment on one line", () => {
    expect(cypherText("Neighbourhood of A\nB", { query: "RETURN $x", params: { x: 1 } })).toBe("// Neighbourhood of A B\nRETURN 1");
  });
});

describe("Neo4j Browser links", () => {
  it("opens the statement in the editor, percent-encoded", () => {
    expect(neo4jBrowserUrl("http://db.lab:7474/browser/", "MATCH (n) RETURN n // a+b")).toBe(
      "http://db.lab:7474/browser/?cmd=edit&arg=MATCH%20(n)%20RETURN%20n%20%2F%2F%20a%2Bb",
    );
    expect(defaultBrowserBase("127.0.0.1")).toBe("http://127.0.0.1:7474/browser/");
    expect(defaultBrowserBase("::1")).toBe("http://[::1]:7474/browser/");
  });
});

describe("the Cypher of a document-mode view", () => {
  it("asks for the shortest paths over the relation types and statuses shown", () => {
    const question = documentCypher({
      path: ["person:sergey-lavrov", "person:kim-jong-un"],
      filters: {
        ...NO_FILTERS,
        hiddenRelationTypes: new Set(RELATION_TYPES.filter((type) => type !== "MET" && type !== "LOCATED_IN")),
        hiddenStatuses: new Set(["alleged"]),
      },
    });
    expect(cypherText(question.title, question)).toBe(
      [
        "// Shortest paths",
        "MATCH (a:Entity {id: 'person:sergey-lavrov'}), (b:Entity {id: 'person:kim-jong-un'})",
        "MATCH p = allShortestPaths((a)-[:MET|LOCATED_IN*]-(b))",
        "WHERE all(r IN relationships(p) WHERE r.status IN ['occurred', 'planned'])",
        "RETURN p LIMIT 10",
      ].join("\n"),
    );
  });

  it("asks for a neighbourhood with its expansions, under a date range and entity types", () => {
    const question = documentCypher({
      focus: { center: "country:nga", hops: 2, expanded: ["person:kim-jong-un"] },
      filters: {
        ...NO_FILTERS,
        hiddenEntityTypes: new Set(["LOCATION"]),
        dayRange: [partialDateRange("2024-06-01")![0], partialDateRange("2024-09-30")![0]],
      },
    });
    const types =
      ":MET|VISITED|INVITED|THANKED|SUPPORTED|PRAISED|CRITICIZED|ACCUSED|SUPPLIED|SIGNED|SANCTIONED|OFFICIAL_OF|PARENT_OF|LOCATED_IN";
    const dated = (r: string) =>
      `${r}.date IS NOT NULL AND NOT type(${r}) IN ['OFFICIAL_OF', 'PARENT_OF', 'LOCATED_IN'] AND ${r}.date <= '2024-09-30' AND ${r}.date >= left('2024-06-01', size(${r}.date))`;
    const entityTypes = "['PERSON', 'COUNTRY', 'ORGANIZATION']";
    expect(cypherText(question.title, question)).toBe(
      [
        "// The neighbourhood",
        `MATCH p = (c:Entity {id: 'country:nga'})-[${types}*1..2]-(:Entity)`,
        `WHERE all(r IN relationships(p) WHERE ${dated("r")})`,
        `  AND all(n IN nodes(p) WHERE n.type IN ${entityTypes})`,
        "RETURN p",
        "UNION",
        `MATCH p = (e:Entity)-[r${types}]-(n:Entity)`,
        "WHERE e.id IN ['person:kim-jong-un']",
        `  AND ${dated("r")}`,
        `  AND e.type IN ${entityTypes}`,
        `  AND n.type IN ${entityTypes}`,
        "RETURN p",
      ].join("\n"),
    );
  });

  it("lists the table's rows in its order, undated relations kept under a range when asked", () => {
    const question = documentCypher({
      table: true,
      sort: { key: "evidence", descending: true },
      filters: {
        ...NO_FILTERS,
        hiddenRelationTypes: new Set(),
        dayRange: [partialDateRange("2024")![0], partialDateRange("2024")![1]],
        includeUndated: true,
      },
    });
    expect(question.query).toContain(
      "WHERE (r.date IS NULL OR type(r) IN $standing OR (r.date <= $to AND r.date >= left($from, size(r.date))))",
    );
    expect(question.query.endsWith("ORDER BY evidence DESC")).toBe(true);
    expect(question.params).toEqual({ from: "2024-01-01", to: "2024-12-31", standing: ["OFFICIAL_OF", "PARENT_OF", "LOCATED_IN"] });
  });
});
