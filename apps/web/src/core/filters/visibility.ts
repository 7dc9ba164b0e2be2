import type { EntityType, RelationStatus, RelationType } from "@news-kg/schema";
import type { FilterState } from "./filter-state.ts";

export function isEntityVisible(type: EntityType, filters: FilterState): boolean {
  return !filters.hiddenEntityTypes.has(type);
}

/**
 * A relation shows when its type and status are on and, under a day range, its days meet the range; an
 * undated relation (or standing fact) shows under a range only when undated ones are asked for.
 */
export function isRelationVisible(
  relation: { type: RelationType; status: RelationStatus },
  days: readonly [number, number] | undefined,
  filters: FilterState,
): boolean {
  if (filters.hiddenRelationTypes.has(relation.type) || filters.hiddenStatuses.has(relation.status)) return false;
  const range = filters.dayRange;
  if (!range) return true;
  if (!days) return filters.includeUndated === true;
  return days[1] >= range[0] && days[0] <= range[1];
}
