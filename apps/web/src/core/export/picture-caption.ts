import type { FilterState } from "../filters/filter-state.ts";
import { dayToIsoDate } from "../dates/partial-date.ts";

export interface CaptionInput {
  filters: FilterState;
  shown: { entities: number; relations: number };
  total: { entities: number; relations: number };
  /** "Neighbourhood of …" or "Shortest paths …", when one is drawn. */
  exploring?: string;
}

/** What a saved picture says under it, so that a figure in a paper states what it shows. */
export function pictureCaption({ filters, shown, total, exploring }: CaptionInput): string[] {
  const hidden = [
    ...[...filters.hiddenEntityTypes].map((type) => `${type} entities`),
    ...[...filters.hiddenRelationTypes].map((type) => `${type} relations`),
    ...[...filters.hiddenStatuses].map((status) => `${status} relations`),
  ];
  const range = filters.dayRange;
  return [
    `Shown: ${shown.entities} of ${total.entities} entities, ${shown.relations} of ${total.relations} relations${filters.showOrphans ? "" : " (unconnected entities hidden)"}.`,
    hidden.length > 0 ? `Hidden: ${hidden.join(", ")}.` : "No type or status hidden.",
    range
      ? `Dates: ${dayToIsoDate(range[0])} to ${dayToIsoDate(range[1])}, ${filters.includeUndated ? "undated relations included" : "undated relations and standing facts left out"}.`
      : "Dates: all, undated relations included.",
    ...(exploring ? [exploring] : []),
  ];
}
