// Constraints and indexes the loader relies on, created IF NOT EXISTS before any data is written.
import { RELATION_TYPES } from "@news-kg/schema";
import { ARTICLE_LABEL, ENTITY_LABEL, ENTITY_NAMES_INDEX, relationshipType } from "./graph-model.ts";

export const schemaStatements: readonly string[] = [
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:${ENTITY_LABEL}) REQUIRE e.id IS UNIQUE`,
  `CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:${ARTICLE_LABEL}) REQUIRE a.id IS UNIQUE`,
  // One per type: facts are found by id when an article stops supporting them, and ids stay unique.
  ...RELATION_TYPES.map(
    (type) => `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${relationshipType(type)}]-() REQUIRE r.id IS UNIQUE`,
  ),
  `CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS FOR (e:${ENTITY_LABEL}) ON EACH [e.name, e.aliases]`,
];
