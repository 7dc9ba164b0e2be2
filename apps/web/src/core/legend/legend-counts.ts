import type { EntityType, GraphDocument, RelationStatus, RelationType } from "@news-kg/schema";

export interface LegendCounts {
  entityTypes: Map<EntityType, number>;
  relationTypes: Map<RelationType, number>;
  statuses: Map<RelationStatus, number>;
}

function countBy<K>(items: readonly unknown[], key: (item: never) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const k = key(item as never);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** How many entities of each type, and relations of each type and status, a document holds. */
export function legendCounts(document: GraphDocument): LegendCounts {
  return {
    entityTypes: countBy(document.entities, (e: GraphDocument["entities"][number]) => e.type),
    relationTypes: countBy(document.relations, (r: GraphDocument["relations"][number]) => r.type),
    statuses: countBy(document.relations, (r: GraphDocument["relations"][number]) => r.status),
  };
}
