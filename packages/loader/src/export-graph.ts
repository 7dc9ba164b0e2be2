// Reads what this tool loaded back into a graph document (validated), in a stable order.
import { RELATION_TYPES, parseGraphDocument, type Entity, type GraphDocument } from "@news-kg/schema";
import type { Driver } from "neo4j-driver";
import {
  ARTICLE_PROPS,
  ENTITY_PROPS,
  RELATION_PROPS,
  articleFromProps,
  mentionFromRecord,
  relationFromRecord,
  type RelationRecord,
} from "./from-graph.ts";
import { ARTICLE_LABEL, ENTITY_LABEL, LOADED_BY, MENTIONS_TYPE, relationshipType, type GraphTarget } from "./graph-model.ts";

const readArticles = `
MATCH (a:${ARTICLE_LABEL}) WHERE a.loadedBy = $loadedBy
RETURN ${ARTICLE_PROPS} AS props ORDER BY a.id`;

const readEntities = `
MATCH (e:${ENTITY_LABEL}) WHERE e.loadedBy = $loadedBy
RETURN ${ENTITY_PROPS} AS props ORDER BY e.id`;

const readRelations = `
MATCH (s:${ENTITY_LABEL})-[r:${RELATION_TYPES.map(relationshipType).join("|")}]->(t:${ENTITY_LABEL}) WHERE r.loadedBy = $loadedBy
RETURN s.id AS source, type(r) AS type, t.id AS target,
       ${RELATION_PROPS} AS props
ORDER BY r.id`;

const readMentions = `
MATCH (a:${ARTICLE_LABEL})-[m:${MENTIONS_TYPE}]->(e:${ENTITY_LABEL}) WHERE m.loadedBy = $loadedBy
RETURN a.id AS articleId, e.id AS entityId, m.count AS count ORDER BY articleId, entityId`;

export async function exportGraph(driver: Driver, options: GraphTarget = {}): Promise<GraphDocument> {
  const session = driver.session({ database: options.database, defaultAccessMode: "READ" });
  try {
    const document = await session.executeRead(async (tx) => {
      const read = async (cypher: string) =>
        (await tx.run(cypher, { loadedBy: options.loadedBy ?? LOADED_BY })).records.map((r) => r.toObject());
      return {
        articles: (await read(readArticles)).map((r) => articleFromProps(r.props)),
        entities: (await read(readEntities)).map((r) => r.props as Entity),
        relations: (await read(readRelations)).map((r) => relationFromRecord(r as RelationRecord)),
        mentions: (await read(readMentions)).map(mentionFromRecord),
      };
    });
    return parseGraphDocument(document, "the graph read back from Neo4j");
  } finally {
    await session.close();
  }
}
