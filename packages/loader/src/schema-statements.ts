// Constraints and indexes the loader relies on, created IF NOT EXISTS before any data is written.
import { RELATION_TYPES } from "@news-kg/schema";
import { ARTICLE_LABEL, ENTITY_LABEL, ENTITY_NAMES_INDEX, relationshipType } from "./graph-model.ts";

/** The analyzer of the names index. */
export const NAMES_ANALYZER = "standard-folding";

/** A named constraint or index and the statement that creates it (a no-op when the name exists). */
export interface SchemaItem {
  name: string;
  statement: string;
}

export const schemaItems: readonly SchemaItem[] = [
  { name: "entity_id", statement: `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:${ENTITY_LABEL}) REQUIRE e.id IS UNIQUE` },
  { name: "article_id", statement: `CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:${ARTICLE_LABEL}) REQUIRE a.id IS UNIQUE` },
  // One per type: facts are found by id when an article stops supporting them, and ids stay unique.
  ...RELATION_TYPES.map((type) => {
    const name = `${type.toLowerCase()}_id`;
    return { name, statement: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR ()-[r:${relationshipType(type)}]-() REQUIRE r.id IS UNIQUE` };
  }),
  // Diacritics folded away (Lucene's ASCII folding): "Nguyen Phu Trong" finds "Nguyễn Phú Trọng".
  {
    name: ENTITY_NAMES_INDEX,
    statement: `CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS FOR (e:${ENTITY_LABEL}) ON EACH [e.name, e.aliases] OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${NAMES_ANALYZER}' } }`,
  },
];

/**
 * Indexes made by an earlier version with other settings, to drop before they are created again: the names index
 * had the default analyzer, which keeps diacritics (Neo4j refuses a second full-text index on the same fields).
 */
export const outdatedIndexes = `SHOW FULLTEXT INDEXES YIELD name, options
WHERE name = '${ENTITY_NAMES_INDEX}' AND options.indexConfig['fulltext.analyzer'] <> '${NAMES_ANALYZER}' RETURN name`;

/** Names of the constraints and of the indexes the database already has (SHOW commands do not UNION). */
export const existingSchemaNames = ["SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name"] as const;
