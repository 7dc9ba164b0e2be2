import type { Entity, Relation, RelationType } from "@news-kg/schema";
import type { DocumentIndex } from "../data/document-index.ts";

export interface RelationEntry {
  relation: Relation;
  /** The entity at the other end (the entity itself for a self-loop). */
  other: Entity;
  /** Whether the entity is the source ("out") or the target ("in") of the relation. */
  direction: "out" | "in";
}

export interface RelationGroup {
  type: RelationType;
  entries: RelationEntry[];
}

/** An entity's relations grouped by type, biggest group first; within a group, newest first. */
export function relationsByType(entityId: string, index: DocumentIndex): RelationGroup[] {
  const groups = new Map<RelationType, RelationEntry[]>();
  for (const relation of index.relationsOf.get(entityId) ?? []) {
    const direction = relation.source === entityId ? "out" : "in";
    const other = index.entities.get(direction === "out" ? relation.target : relation.source)!;
    const entries = groups.get(relation.type);
    if (entries) entries.push({ relation, other, direction });
    else groups.set(relation.type, [{ relation, other, direction }]);
  }
  const dayOf = (entry: RelationEntry) => index.relationDays.get(entry.relation.id)?.[0] ?? -Infinity;
  return [...groups]
    .map(([type, entries]) => ({ type, entries: entries.sort((a, b) => dayOf(b) - dayOf(a) || a.other.name.localeCompare(b.other.name)) }))
    .sort((a, b) => b.entries.length - a.entries.length || a.type.localeCompare(b.type));
}
