import type { EntityType, RelationStatus, RelationType } from "@news-kg/schema";

/** What the user has switched off. Empty sets and no day range show everything. */
export interface FilterState {
  hiddenRelationTypes: ReadonlySet<RelationType>;
  hiddenEntityTypes: ReadonlySet<EntityType>;
  hiddenStatuses: ReadonlySet<RelationStatus>;
  /** Inclusive day numbers; dated relations outside it are hidden, and so are undated ones and standing facts unless `includeUndated`. */
  dayRange?: [number, number];
  /** Under a day range, keep the relations without a date (`undated=include`). */
  includeUndated?: boolean;
  /** Keep entities that no shown relation connects (`orphans=show`); by default they are hidden. */
  showOrphans?: boolean;
}

export const NO_FILTERS: FilterState = {
  hiddenRelationTypes: new Set(),
  hiddenEntityTypes: new Set(),
  hiddenStatuses: new Set(),
};

/** The same set with one member switched on or off. */
export function toggled<T>(set: ReadonlySet<T>, member: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(member)) next.add(member);
  return next;
}
