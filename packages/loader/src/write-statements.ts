// Cypher for the write phases. Values always travel as parameters; the only things spliced into the text are
// labels and relationship types, taken from the schema's enums via graph-model.ts, and `unwind`, the clause
// of row-codec.ts that binds each `row` of the batch.
import { ENTITY_LABELS, RELATION_TYPES, type EntityType, type RelationType } from "@news-kg/schema";
import {
  ARTICLE_LABEL,
  ENTITY_LABEL,
  EVIDENCE_COUNT,
  EVIDENCE_LISTS,
  MENTIONS_TYPE,
  entityTypeLabel,
  relationshipType,
} from "./graph-model.ts";

/**
 * Upserts articles and marks them `loadPending` until their reconciliation ends the load. Returns, in one
 * record, the articles this statement created (nothing of theirs can be in the database yet) and those found
 * already marked (an earlier load of them was interrupted, so their `relationKeys` may miss facts it wrote),
 * and every article's element id (node-refs.ts).
 * `loadPending` briefly holds 'created' for a node the MERGE created: the statement's way to tell it apart.
 */
export function upsertArticles(unwind: string): string {
  return `
${unwind}
MERGE (a:${ARTICLE_LABEL} {id: row.id})
ON CREATE SET a.loadPending = 'created'
WITH a, row, a.loadPending AS pending
SET a += row, a.loadedBy = $loadedBy, a.loadPending = true
RETURN collect(CASE WHEN pending = 'created' THEN row.id END) AS created,
       collect(CASE WHEN pending = true THEN row.id END) AS interrupted,
       collect(row.id) AS ids, collect(elementId(a)) AS nodes`;
}

/**
 * Creates articles known to be new (no article carries the load's mark yet: a first load), marked
 * `loadPending` like `upsertArticles`, and returns what it returns. A batch the uniqueness constraint
 * refuses is written again with `upsertArticles`.
 */
export function createArticles(unwind: string): string {
  return `
${unwind}
CREATE (a:${ARTICLE_LABEL})
SET a = row, a.loadedBy = $loadedBy, a.loadPending = true
RETURN collect(row.id) AS created, [] AS interrupted, collect(row.id) AS ids, collect(elementId(a)) AS nodes`;
}

/** Whether some article carries the load's mark (stops at the first one). */
export const markHasArticles = `RETURN EXISTS { MATCH (a:${ARTICLE_LABEL}) WHERE a.loadedBy = $loadedBy } AS present`;

/** What entity statements return: the element id of each entity written (node-refs.ts). */
const RETURN_ENTITY_NODES = "RETURN collect(row.id) AS ids, collect(elementId(e)) AS nodes";

/** Upserts entities of one type; a changed type moves the node to its new type label. Aliases accumulate. */
export function upsertEntities(type: EntityType, unwind: string): string {
  const label = entityTypeLabel(type);
  const otherLabels = Object.values(ENTITY_LABELS).filter((l) => l !== label);
  return `
${unwind}
MERGE (e:${ENTITY_LABEL} {id: row.id})
WITH e, row, coalesce(e.aliases, []) AS known
SET e.name = row.name, e.type = row.type, e.loadedBy = $loadedBy,
    e.aliases = known + [alias IN row.aliases WHERE NOT alias IN known]
REMOVE e:${otherLabels.join(":")}
SET e:${label}
${RETURN_ENTITY_NODES}`;
}

/**
 * Creates entities of one type known to be new (no entity carries the load's mark yet: a first load). The
 * uniqueness constraint still guards the ids; a batch it refuses is written again with `upsertEntities`.
 */
export function createEntities(type: EntityType, unwind: string): string {
  return `
${unwind}
CREATE (e:${ENTITY_LABEL}:${entityTypeLabel(type)} {id: row.id, name: row.name, type: row.type, aliases: row.aliases, loadedBy: $loadedBy})
${RETURN_ENTITY_NODES}`;
}

/** Whether some entity carries the load's mark (stops at the first one). */
export const markHasEntities = `RETURN EXISTS { MATCH (e:${ENTITY_LABEL}) WHERE e.loadedBy = $loadedBy } AS present`;

/** The properties a fact relationship `r` gets from `row`, with its evidence lists given by `listValue`. */
function factProperties(r: string, listValue: (list: string) => string): string {
  return [
    `${r}.status = row.status, ${r}.date = row.date, ${r}.role = row.role, ${r}.cameo = row.cameo`,
    `${r}.confidence = row.confidence, ${r}.propertiesJson = row.propertiesJson, ${r}.loadedBy = $loadedBy`,
    EVIDENCE_LISTS.map((list) => `${r}.${list} = ${listValue(list)}`).join(", "),
    `${r}.${EVIDENCE_COUNT} = size(${listValue("articleIds")})`,
  ].join(",\n      ");
}

/**
 * For each relation type, in RELATION_TYPES order, whether some fact of that type carries the load's mark
 * (each check stops at the first one). Facts of other marks do not count: a fact id they hold is refused by
 * the uniqueness constraint, and its batch written again with the lookup.
 */
export const factTypesOfMark = `RETURN [${RELATION_TYPES.map(
  (type) => `EXISTS { MATCH ()-[r:${relationshipType(type)}]->() WHERE r.loadedBy = $loadedBy }`,
).join(", ")}] AS present`;

/**
 * Which of `$ids` are already facts of one type (through the per-type uniqueness constraint's index), and
 * whose they are (ownership.ts).
 */
export function findFacts(type: RelationType): string {
  return `
UNWIND $ids AS id
MATCH ()-[r:${relationshipType(type)} {id: id}]->()
RETURN r.id AS id, r.loadedBy AS owner`;
}

/**
 * Creates facts of one type known to be new (the common case of a first load: no MERGE, no evidence to keep).
 * No MERGE also means no exclusive locks taken on both ends just to check for duplicates, which would
 * serialise concurrent batches on hub entities; the uniqueness constraint still guards the ids.
 */
export function createFacts(type: RelationType, unwind: string): string {
  return `
${unwind}
MATCH (s:${ENTITY_LABEL} {id: row.source})
MATCH (t:${ENTITY_LABEL} {id: row.target})
CREATE (s)-[r:${relationshipType(type)} {id: row.id}]->(t)
SET ${factProperties("r", (list) => `row.${list}`)}`;
}

/** `createFacts` for rows whose ends this load wrote: found by element id (`row.sourceNode`, node-refs.ts). */
export function createFactsByNode(type: RelationType, unwind: string): string {
  return `
${unwind}
MATCH (s:${ENTITY_LABEL}) WHERE elementId(s) = $nodePrefix + row.sourceNode
MATCH (t:${ENTITY_LABEL}) WHERE elementId(t) = $nodePrefix + row.targetNode
CREATE (s)-[r:${relationshipType(type)} {id: row.id}]->(t)
SET ${factProperties("r", (list) => `row.${list}`)}`;
}

/**
 * Updates facts of one type that already exist. The evidence an article gives for a fact is owned by that
 * article: the older evidence of the row's articles is dropped and the row's appended; other articles'
 * evidence stays. A fact whose id now comes with other ends is re-created between them, keeping that other
 * evidence.
 */
export function updateFacts(type: RelationType, unwind: string): string {
  const relType = relationshipType(type);
  const lists = EVIDENCE_LISTS.map((list) => `[i IN keep | old.${list}[i]] + row.${list} AS ${list}`).join(",\n     ");
  const listNames = EVIDENCE_LISTS.join(", ");
  return `
${unwind}
MATCH (s:${ENTITY_LABEL} {id: row.source})
MATCH (t:${ENTITY_LABEL} {id: row.target})
MATCH (s0)-[old:${relType} {id: row.id}]->(t0)
WITH s, t, row, old, s0 = s AND t0 = t AS inPlace,
     [i IN range(0, size(old.articleIds) - 1) WHERE NOT old.articleIds[i] IN row.evidenceArticles] AS keep
WITH s, t, row, old, inPlace,
     ${lists}
CALL (s, t, row, old, inPlace, ${listNames}) {
  WITH s, t, row, old, inPlace, ${listNames} WHERE NOT inPlace
  DELETE old
  CREATE (s)-[r:${relType} {id: row.id}]->(t)
  SET ${factProperties("r", (list) => list)}
}
CALL (old, row, inPlace, ${listNames}) {
  WITH old, row, inPlace, ${listNames} WHERE inPlace
  SET ${factProperties("old", (list) => list)}
}`;
}

/**
 * Creates the MENTIONS of articles this load created (none of theirs can exist yet: no MERGE, whose locks on
 * both ends deadlock concurrent batches on much-mentioned entities). The existence check only matters when
 * the driver retries a batch whose commit went through unseen; it expands from the article, which has few.
 */
export function createMentions(unwind: string): string {
  return `
${unwind}
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
MATCH (e:${ENTITY_LABEL} {id: row.entityId})
WHERE NOT EXISTS { MATCH (a)-[:${MENTIONS_TYPE}]->(x) WHERE x = e }
CREATE (a)-[:${MENTIONS_TYPE} {count: row.count, loadedBy: $loadedBy}]->(e)`;
}

/** `createMentions` for rows whose ends this load wrote: found by element id (node-refs.ts). */
export function createMentionsByNode(unwind: string): string {
  return `
${unwind}
MATCH (a:${ARTICLE_LABEL}) WHERE elementId(a) = $nodePrefix + row.articleNode
MATCH (e:${ENTITY_LABEL}) WHERE elementId(e) = $nodePrefix + row.entityNode
  AND NOT EXISTS { MATCH (a)-[:${MENTIONS_TYPE}]->(x) WHERE x = e }
CREATE (a)-[:${MENTIONS_TYPE} {count: row.count, loadedBy: $loadedBy}]->(e)`;
}

export function upsertMentions(unwind: string): string {
  return `
${unwind}
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
MATCH (e:${ENTITY_LABEL} {id: row.entityId})
MERGE (a)-[m:${MENTIONS_TYPE}]->(e)
SET m.count = row.count, m.loadedBy = $loadedBy`;
}

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
  SET ${EVIDENCE_LISTS.map((list) => `r.${list} = [i IN keep | r.${list}[i]]`).join(", ")}, r.${EVIDENCE_COUNT} = size(keep)
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
export function withdrawMentions(unwind: string): string {
  return `
${unwind}
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})-[m:${MENTIONS_TYPE}]->(e:${ENTITY_LABEL})
WHERE NOT e.id IN row.entityIds
DELETE m
RETURN DISTINCT e.id AS entityId`;
}

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

export function writeRelationKeys(unwind: string): string {
  return `
${unwind}
MATCH (a:${ARTICLE_LABEL} {id: row.articleId})
SET a.relationKeys = row.keys
REMOVE a.loadPending`;
}

/** Facts carrying evidence of `$ids`, found by scanning: only for articles whose last load was interrupted. */
export const findEvidenceOf = `
MATCH ()-[r:${RELATION_TYPES.map(relationshipType).join("|")}]->()
WHERE r.loadedBy = $loadedBy AND any(id IN r.articleIds WHERE id IN $ids)
UNWIND [id IN r.articleIds WHERE id IN $ids] AS articleId
RETURN DISTINCT articleId, type(r) AS type, r.id AS relationId`;
