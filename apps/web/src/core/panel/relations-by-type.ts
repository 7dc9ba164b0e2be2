import type { Entity, Relation, RelationType } from "@news-kg/schema";
import type { DocumentIndex } from "../data/document-index.ts";
import { relationDate, type RelationDate } from "../dates/relation-date.ts";

export interface RelationEntry {
  relation: Relation;
  /** The entity at the other end (the entity itself for a self-loop). */
  other: Entity;
  /** Whether the entity is the source ("out") or the target ("in") of the relation. */
  direction: "out" | "in";
  /** The date shown and sorted on: the text's, else the earliest report's. */
  date?: RelationDate;
}

export interface RelationGroup {
  type: RelationType;
  entries: RelationEntry[];
}

/**
 * An entity's relations that `shown` keeps (the filters' verdict), grouped by type, biggest group first;
 * within a group, newest first by the date the card shows, undated last.
 */
export function relationsByType(
  entityId: string,
  index: DocumentIndex,
  shown: (relation: Relation) => boolean = () => true,
): RelationGroup[] {
  const groups = new Map<RelationType, RelationEntry[]>();
  for (const relation of index.relationsOf.get(entityId) ?? []) {
    if (!shown(relation)) continue;
    const direction = relation.source === entityId ? "out" : "in";
    const other = index.entities.get(direction === "out" ? relation.target : relation.source)!;
    const date = relationDate(relation, index.articles);
    const entry: RelationEntry = { relation, other, direction, ...(date ? { date } : {}) };
    const entries = groups.get(relation.type);
    if (entries) entries.push(entry);
    else groups.set(relation.type, [entry]);
  }
  const newestFirst = (a: RelationEntry, b: RelationEntry) => {
    const da = a.date?.date ?? "";
    const db = b.date?.date ?? "";
    return da === db ? a.other.name.localeCompare(b.other.name) : da < db ? 1 : -1;
  };
  return [...groups]
    .map(([type, entries]) => ({ type, entries: entries.sort(newestFirst) }))
    .sort((a, b) => b.entries.length - a.entries.length || a.type.localeCompare(b.type));
}
