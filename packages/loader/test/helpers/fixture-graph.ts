// A small hand-made graph document whose ids all start with a per-test prefix (tests share one server).
// Names are made up so that they never mix with the sample corpus in cookbook results.
import type { Article, Entity, GraphDocument, Relation } from "@news-kg/schema";

export function fixtureGraph(prefix: string): GraphDocument {
  const id = (name: string) => `${prefix}${name}`;
  const article = (name: string, title: string): Article => ({
    id: id(name),
    title,
    url: `https://example.test/${name}`,
    published: "2024-06-19",
    lang: "vi",
    source: "fixture",
    sha256: name.padEnd(64, "0").replace(/[^0-9a-f]/g, "0"),
  });
  const entity = (name: string, type: Entity["type"], displayName: string, aliases: string[] = []): Entity => ({
    id: id(name),
    name: displayName,
    type,
    aliases,
  });
  const relation = (name: string, r: Omit<Relation, "id" | "source" | "target"> & { source: string; target: string }): Relation => ({
    ...r,
    id: id(name),
    source: id(r.source),
    target: id(r.target),
    evidence: r.evidence.map((e) => ({ ...e, articleId: id(e.articleId) })),
  });
  return {
    articles: [article("a1", "Fixture article one"), article("a2", "Fixture article two"), article("a3", "Fixture article three")],
    entities: [
      entity("alpha", "PERSON", "Fixture Alpha", ["F. Alpha", "Alpha"]),
      entity("beta", "PERSON", "Fixture Beta"),
      entity("land", "COUNTRY", "Fixtureland", ["FL"]),
      entity("city", "LOCATION", "Fixture City"),
      entity("org", "ORGANIZATION", "Fixture Ministry"),
    ],
    relations: [
      relation("met", {
        source: "alpha",
        type: "MET",
        target: "beta",
        status: "occurred",
        date: "2024-06-19",
        properties: { cameo: "040" },
        confidence: 0.9,
        evidence: [
          { articleId: "a1", sentence: "Alpha met Beta in Fixture City.", start: 0, end: 31, rule: "met-verb" },
          { articleId: "a2", sentence: "Beta and Alpha held talks.", start: 120, end: 146, rule: "talks" },
        ],
      }),
      relation("visit", {
        source: "alpha",
        type: "VISITED",
        target: "city",
        status: "planned",
        date: "2024-07",
        properties: { cameo: "042" },
        confidence: 0.7,
        evidence: [{ articleId: "a1", sentence: "Alpha will visit Fixture City.", start: 40, end: 70, rule: "visit-future" }],
      }),
      relation("official", {
        source: "beta",
        type: "OFFICIAL_OF",
        target: "org",
        status: "occurred",
        properties: { role: "minister" },
        confidence: 0.8,
        evidence: [{ articleId: "a3", sentence: "Minister Beta of the Fixture Ministry spoke.", start: 5, end: 49, rule: "title-of" }],
      }),
      relation("located", {
        source: "city",
        type: "LOCATED_IN",
        target: "land",
        status: "occurred",
        properties: {},
        confidence: 1,
        evidence: [{ articleId: "a2", sentence: "Fixture City, the capital of Fixtureland.", start: 0, end: 41, rule: "capital-of" }],
      }),
    ],
    mentions: [
      { articleId: id("a1"), entityId: id("alpha"), count: 3 },
      { articleId: id("a1"), entityId: id("beta"), count: 1 },
      { articleId: id("a1"), entityId: id("city"), count: 2 },
      { articleId: id("a2"), entityId: id("beta"), count: 2 },
      { articleId: id("a3"), entityId: id("org"), count: 1 },
    ],
  };
}
