// How graph documents map onto Neo4j. Labels and relationship types come only from the schema's enums,
// never from input strings, so they can be spliced into Cypher text safely.
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "@news-kg/schema";

/** Value of the `loadedBy` property on every node and relationship this tool writes (what `--reset` deletes). */
export const LOADED_BY = "news-kg";

/** Where the loader reads and writes. */
export interface GraphTarget {
  database?: string;
  /**
   * The `loadedBy` mark (default `LOADED_BY`). Load, reset and export only see what carries it, so separate
   * marks keep separate graphs apart in one database (the tests use one each).
   */
  loadedBy?: string;
}

/** Label shared by every entity node, next to its type label (`:Entity:Person`). */
export const ENTITY_LABEL = "Entity";
export const ARTICLE_LABEL = "Article";
export const MENTIONS_TYPE = "MENTIONS";

/** Full-text index over entity names and aliases (`db.index.fulltext.queryNodes('entity_names', ...)`). */
export const ENTITY_NAMES_INDEX = "entity_names";

/**
 * Evidence is stored on each fact relationship as parallel lists: evidence i is
 * (articleIds[i], sentences[i], starts[i], ends[i], rules[i]). Browser users read them directly and the
 * export rebuilds the evidence from them exactly.
 */
export const EVIDENCE_LISTS = ["articleIds", "sentences", "starts", "ends", "rules"] as const;
export type EvidenceList = (typeof EVIDENCE_LISTS)[number];

/**
 * How many pieces of evidence a fact has (the length of its lists), kept beside them by every write that
 * changes them: the explorer keeps a hub's most evidenced facts, and reading this integer is much cheaper
 * than reading each fact's `articleIds` list. Graphs loaded before it existed lack it (`evidenceCountCypher`).
 */
export const EVIDENCE_COUNT = "evidenceCount";

/** The evidence count of fact relationship `r`, counted from its lists where an older load did not store it. */
export function evidenceCountCypher(r: string): string {
  // CASE, not coalesce(): the list is read only when the count is missing.
  return `CASE WHEN ${r}.${EVIDENCE_COUNT} IS NULL THEN size(${r}.articleIds) ELSE ${r}.${EVIDENCE_COUNT} END`;
}

/** The type label of an entity type, e.g. `PERSON` → `Person`. Throws on anything outside the vocabulary. */
export function entityTypeLabel(type: EntityType): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new Error(`loader: unknown entity type "${type}"`);
  return ENTITY_LABELS[type];
}

/** The relationship type of a relation type. Throws on anything outside the vocabulary. */
export function relationshipType(type: RelationType): RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`loader: unknown relation type "${type}"`);
  return type;
}

/**
 * Each article remembers which facts it is evidence for, as `TYPE:relationId` keys, so that reloading it can
 * find the facts it no longer supports (relationships are indexed per type).
 */
export function relationKey(type: RelationType, relationId: string): string {
  return `${relationshipType(type)}:${relationId}`;
}

export function parseRelationKey(key: string): { type: RelationType; relationId: string } {
  const colon = key.indexOf(":");
  const type = key.slice(0, colon) as RelationType;
  return { type: relationshipType(type), relationId: key.slice(colon + 1) };
}
