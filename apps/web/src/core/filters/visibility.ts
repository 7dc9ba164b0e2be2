import type { EntityType, RelationStatus, RelationType } from "@news-kg/schema";
import type { FilterState } from "./filter-state.ts";

export function isEntityVisible(type: EntityType, filters: FilterState): boolean {
  return !filters.hiddenEntityTypes.has(type);
}

/** A relation shows when its type and status are on and its days, if any, meet the chosen range. */
export function isRelationVisible(
  relation: { type: RelationType; status: RelationStatus },
  days: readonly [number, number] | undefined,
  filters: FilterState,
): boolean {
  if (filters.hiddenRelationTypes.has(relation.type) || filters.hiddenStatuses.has(relation.status)) return false;
  const range = filters.dayRange;
  return !range || !days || (days[1] >= range[0] && days[0] <= range[1]);
}
