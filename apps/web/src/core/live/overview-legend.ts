import type { EntityType } from "@news-kg/schema";
import type { LegendCounts } from "../legend/legend-counts.ts";
import type { LiveOverview } from "./live-api.ts";

/** The members a count holds, as the legend lists them: those the database has at least one of. */
const present = <K extends string>(counts: Partial<Record<K, number>>) =>
  new Map((Object.entries(counts) as [K, number][]).filter(([, count]) => count > 0));

/**
 * The legend's totals in live mode: the whole database's, from the overview, so that a type or status the
 * filters took out of what is drawn stays in the legend to be switched on again. Entity types come from
 * the overview when it counts them (`byEntityType`), else from what is drawn.
 */
export function overviewLegend(overview: LiveOverview, drawn: LegendCounts): LegendCounts {
  const { byEntityType } = overview.counts;
  return {
    entityTypes: byEntityType ? present<EntityType>(byEntityType) : drawn.entityTypes,
    relationTypes: present(overview.counts.byType),
    statuses: present(overview.counts.byStatus),
  };
}
