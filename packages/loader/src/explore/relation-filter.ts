// The explorer's relation filters (types, statuses, a date range, undated relations) as Cypher: types in the
// relationship pattern (spliced from the schema's vocabulary only, so that Neo4j follows only those types),
// the rest as a WHERE expression over parameters.
import { RELATION_STATUSES, RELATION_TYPES, STATIC_RELATIONS, type RelationStatus, type RelationType } from "@news-kg/schema";
import { relationshipType } from "../graph-model.ts";

export interface RelationFilter {
  types: readonly RelationType[];
  statuses: readonly RelationStatus[];
  /** Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): dated relations must overlap [from, to]. */
  from?: string;
  to?: string;
  /** Whether relations without a date (standing facts included) are kept. */
  undated: "include" | "exclude";
}

export const NO_RELATION_FILTER: RelationFilter = { types: RELATION_TYPES, statuses: RELATION_STATUSES, undated: "include" };

/** `:MET|VISITED|...` for a relationship pattern; the filter's types must not be empty. */
export function relationTypesPattern(types: readonly RelationType[]): string {
  if (types.length === 0) throw new Error("explore: a relationship pattern needs at least one type");
  return `:${types.map(relationshipType).join("|")}`;
}

const STANDING_TYPES = `[${[...STATIC_RELATIONS].map((type) => `'${relationshipType(type)}'`).join(", ")}]`;

/**
 * The date the explorer places relation `r` at, as the document explorer does (apps/web relation-date.ts):
 * none for standing facts (OFFICIAL_OF, ...), else its own date, else the earliest publication date of the
 * articles that report it.
 */
export function effectiveDateCypher(r: string): string {
  const earliestReport = `COLLECT { UNWIND ${r}.articleIds AS reportId MATCH (report:Article {id: reportId}) WHERE report.published IS NOT NULL RETURN report.published AS published ORDER BY published LIMIT 1 }[0]`;
  // CASE, not coalesce(): Cypher evaluates every argument of a function, and the look-up is the costly part.
  return `CASE WHEN type(${r}) IN ${STANDING_TYPES} THEN null WHEN ${r}.date IS NOT NULL THEN ${r}.date ELSE ${earliestReport} END`;
}

/** The first and last day a partial date may stand for, as ISO strings (enough for string comparisons). */
const firstDay = (date: string) => (date + "-01-01").slice(0, 10);
const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
const firstDayCypher = (d: string) => `left(${d} + '-01-01', 10)`;
const lastDayCypher = (d: string) => `CASE size(${d}) WHEN 4 THEN ${d} + '-12-31' WHEN 7 THEN ${d} + '-31' ELSE ${d} END`;

/** The WHERE expression (the graph's mark included) and its parameters for relationship variable `r`. */
export function relationFilterCypher(filter: RelationFilter, r: string): { where: string; params: Record<string, unknown> } {
  const conditions = [`${r}.loadedBy = $loadedBy`];
  const params: Record<string, unknown> = {};
  if (RELATION_STATUSES.some((status) => !filter.statuses.includes(status))) {
    conditions.push(`${r}.status IN $statuses`);
    params.statuses = [...filter.statuses];
  }
  const ranged = filter.from !== undefined || filter.to !== undefined;
  if (ranged || filter.undated === "exclude") {
    const dated = ranged ? `${lastDayCypher("day")} >= $fromDay AND ${firstDayCypher("day")} <= $toDay` : "true";
    conditions.push(`all(day IN [${effectiveDateCypher(r)}] WHERE CASE WHEN day IS NULL THEN $includeUndated ELSE ${dated} END)`);
    params.includeUndated = filter.undated === "include";
    if (ranged) {
      params.fromDay = firstDay(filter.from ?? "0000");
      params.toDay = lastDay(filter.to ?? "9999");
    }
  }
  return { where: conditions.join(" AND "), params };
}
