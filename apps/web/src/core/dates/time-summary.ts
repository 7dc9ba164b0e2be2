import { STATIC_RELATIONS } from "@news-kg/schema/vocabulary";
import type { DocumentIndex } from "../data/document-index.ts";
import type { FilterState } from "../filters/filter-state.ts";
import { relationFilter } from "../filters/relation-filter.ts";
import { dayHistogram } from "./day-histogram.ts";

export interface TimeSummary {
  /** Dated relations per slice of the track. */
  histogram: number[];
  /** Events with no date in the text nor a dated report. */
  undated: number;
  /** Standing facts (OFFICIAL_OF, PARENT_OF, LOCATED_IN): true at no one date. */
  standing: number;
}

/**
 * What the time line shows of the relations the other filters (types, statuses, entity types) leave:
 * how the dated ones spread over the track, and how many have no date at all.
 */
export function timeSummary(index: DocumentIndex, filters: FilterState, track: readonly [number, number], bins: number): TimeSummary {
  const { dayRange: _range, includeUndated: _undated, ...otherFilters } = filters;
  const shown = relationFilter(index, otherFilters);
  const dated: (readonly [number, number])[] = [];
  let undated = 0;
  let standing = 0;
  for (const relation of index.document.relations) {
    if (!shown(relation)) continue;
    const days = index.relationDays.get(relation.id);
    if (days) dated.push(days);
    else if (STATIC_RELATIONS.has(relation.type)) standing++;
    else undated++;
  }
  return { histogram: dayHistogram(dated, track, bins), undated, standing };
}
