// Cypher for the write phases. Values always travel as parameters ($rows, $loadedBy); the only things spliced
// into the text are labels and relationship types, taken from the schema's enums via graph-model.ts.
import { ENTITY_LABELS, type EntityType, type RelationType } from "@news-kg/schema";
import { ARTICLE_LABEL, ENTITY_LABEL, EVIDENCE_LISTS, MENTIONS_TYPE, entityTypeLabel, relationshipType } from "./graph-model.ts";

export const upsertArticles = `
UNWIND $rows AS row
MERGE (a:${ARTICLE_LABEL} {id: row.id})
SET a += row, a.loadedBy = $loadedBy`;

/** Upserts entities of one type; a changed type moves the node to its new type label. Aliases accumulate. */
export function upsertEntities(type: EntityType): string {
  const label = entityTypeLabel(type);
  const otherLabels = Object.values(ENTITY_LABELS).filter((l) => l !== label);
  return `
UNWIND $rows AS row
MERGE (e:${ENTITY_LABEL} {id: row.id})
WITH e, row, coalesce(e.aliases, []) AS known
SET e.name = row.name, e.type = row.type, e.loadedBy = $loadedBy,
    e.aliases = known + [alias IN row.aliases WHERE NOT alias IN known]
REMOVE e:${otherLabels.join(":")}
SET e:${label}`;
}

/** Evidence lists kept from an existing relationship (indices `keep`), followed by the row's new evidence. */
function replaceEvidence(keep: string): string {
  return EVIDENCE_LISTS.map((list) => {
    const added = list === "starts" || list === "ends" ? `[x IN row.${list} | toInteger(x)]` : `row.${list}`;
    return `r.${list} = [i IN ${keep} | r.${list}[i]] + ${added}`;
  }).join(",\n    ");
}

/**
 * Upserts facts of one relation type. The evidence an article gives for a fact is owned by that article: the
 * row's articles' older evidence is dropped and replaced by the row's, other articles' evidence stays.
 * A relationship that kept its id but changed ends is replaced (ids are identities).
 */
export function upsertRelations(type: RelationType): string {
  const relType = relationshipType(type);
  return `
UNWIND $rows AS row
MATCH (s:${ENTITY_LABEL} {id: row.source})
MATCH (t:${ENTITY_LABEL} {id: row.target})
OPTIONAL MATCH (s0)-[moved:${relType} {id: row.id}]->(t0) WHERE s0 <> s OR t0 <> t
DELETE moved
MERGE (s)-[r:${relType} {id: row.id}]->(t)
WITH r, row, [i IN range(0, size(coalesce(r.articleIds, [])) - 1) WHERE NOT r.articleIds[i] IN row.evidenceArticles] AS keep
SET r.status = row.status, r.date = row.date, r.role = row.role, r.cameo = row.cameo,
    r.confidence = row.confidence, r.propertiesJson = row.propertiesJson, r.loadedBy = $loadedBy,
    ${replaceEvidence("keep")}`;
}

export const upsertMentions = `
UNWIND $rows AS row
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
MATCH (e:${ENTITY_LABEL} {id: row.entityId})
MERGE (a)-[m:${MENTIONS_TYPE}]->(e)
SET m.count = toInteger(row.count), m.loadedBy = $loadedBy`;

/**
 * Removes the evidence of `row.articleIds` from facts of one type those articles no longer support; a fact left
 * without evidence is deleted. Returns the ends of deleted facts (candidates for orphan removal).
 */
export function withdrawEvidence(type: RelationType): string {
  const relType = relationshipType(type);
  return `
UNWIND $rows AS row
MATCH (s)-[r:${relType} {id: row.relationId}]->(t)
WITH s, t, r, row, [i IN range(0, size(r.articleIds) - 1) WHERE NOT r.articleIds[i] IN row.articleIds] AS keep
CALL (r, keep) {
  WITH r, keep WHERE size(keep) > 0
  SET ${EVIDENCE_LISTS.map((list) => `r.${list} = [i IN keep | r.${list}[i]]`).join(", ")}
}
CALL (r, keep) {
  WITH r, keep WHERE size(keep) = 0
  DELETE r
}
WITH s, t, keep WHERE size(keep) = 0
UNWIND [s.id, t.id] AS entityId
RETURN DISTINCT entityId`;
}

/** Drops the MENTIONS of reloaded articles that their new version no longer has; returns the entities involved. */
export const withdrawMentions = `
UNWIND $rows AS row
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})-[m:${MENTIONS_TYPE}]->(e:${ENTITY_LABEL})
WHERE NOT e.id IN row.entityIds
DELETE m
RETURN DISTINCT e.id AS entityId`;

/** Entities this tool loaded that nothing refers to any more. */
export const deleteOrphanEntities = `
UNWIND $ids AS id
MATCH (e:${ENTITY_LABEL} {id: id})
WHERE e.loadedBy = $loadedBy AND NOT (e)--()
DELETE e`;

export const readRelationKeys = `
UNWIND $ids AS id
MATCH (a:${ARTICLE_LABEL} {id: id})
RETURN a.id AS articleId, coalesce(a.relationKeys, []) AS keys`;

export const writeRelationKeys = `
UNWIND $rows AS row
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
SET a.relationKeys = row.keys`;
