// Constraints and indexes the loader relies on, created IF NOT EXISTS before any data is written.
import { RELATION_TYPES } from "@news-kg/schema";
import { ARTICLE_LABEL, ENTITY_LABEL, ENTITY_NAMES_INDEX, relationshipType } from "./graph-model.ts";

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
  {
    name: ENTITY_NAMES_INDEX,
    statement: `CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS FOR (e:${ENTITY_LABEL}) ON EACH [e.name, e.aliases]`,
  },
];

/** Names of the constraints and of the indexes the database already has (SHOW commands do not UNION). */
export const existingSchemaNames = ["SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name"] as const;
