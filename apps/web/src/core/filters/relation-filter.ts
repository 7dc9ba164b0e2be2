import type { Relation } from "@news-kg/schema";
import type { DocumentIndex } from "../data/document-index.ts";
import type { FilterState } from "./filter-state.ts";
import { isEntityVisible, isRelationVisible } from "./visibility.ts";

/**
 * Whether the filters show a relation: its type, status and days, and the types of both its ends. The
 * table, the entity card and the CSV all read through this, so they list what the graph draws.
 */
export function relationFilter(index: DocumentIndex, filters: FilterState): (relation: Relation) => boolean {
  const endVisible = (id: string) => {
    const entity = index.entities.get(id);
    return entity !== undefined && isEntityVisible(entity.type, filters);
  };
  return (relation) =>
    isRelationVisible(relation, index.relationDays.get(relation.id), filters) && endVisible(relation.source) && endVisible(relation.target);
}
