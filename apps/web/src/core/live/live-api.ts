import type { EntityType, GraphDocument, RelationStatus, RelationType } from "@news-kg/schema";
import { RELATION_STATUSES, RELATION_TYPES } from "@news-kg/schema/vocabulary";
import type { CypherQuestion } from "../cypher/cypher-question.ts";
import { dayToIsoDate } from "../dates/partial-date.ts";
import type { FilterState } from "../filters/filter-state.ts";

/** `GET /api/overview` (docs/web.md, "Live mode"): what the served graph holds. */
export interface LiveOverview {
  mode: "neo4j";
  graph: string;
  counts: {
    entities: number;
    relations: number;
    articles: number;
    byType: Partial<Record<RelationType, number>>;
    byStatus: Partial<Record<RelationStatus, number>>;
    /** Entities per type, when the server counts them. */
    byEntityType?: Partial<Record<EntityType, number>>;
  };
  histogram: { month: string; count: number }[];
  yearOnly: number;
  undated: number;
  /** Neo4j Browser's address, when the server knows it; else the page assumes port 7474 on its own host. */
  browserUrl?: string;
}

export interface SearchResult {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  degree: number;
}

/** An answer that carries a graph fragment: a neighbourhood, paths, or one relation. */
export interface FragmentAnswer {
  graph: GraphDocument;
  /** Neighbourhoods: whether the cap cut it, and how many relations matched before it. */
  truncated?: boolean;
  total?: number;
  paths?: { entities: string[]; relations: string[] }[];
  cypher?: CypherQuestion;
  /** Neighbourhoods: how much evidence each relation whose evidence the answer cut has in all (`/api/relation` gives it). */
  evidenceCounts?: Record<string, number>;
}

/** Neighbourhood answers this size at most; the API's own default. */
export const NEIGHBOURHOOD_LIMIT = 200;

/** Whether the filters let anything through: with every type or every status off, there is nothing to ask for. */
export function filtersPassAnything(filters: FilterState): boolean {
  return filters.hiddenRelationTypes.size < RELATION_TYPES.length && filters.hiddenStatuses.size < RELATION_STATUSES.length;
}

/**
 * The API parameters for the filters (`types`, `statuses`, `from`, `to`, `undated`): only what narrows the
 * answer is written. Under a day range undated relations are left out unless asked for, as in document mode.
 */
function filterParams(filters: FilterState): [string, string][] {
  const params: [string, string][] = [];
  if (filters.hiddenRelationTypes.size > 0)
    params.push(["types", RELATION_TYPES.filter((t) => !filters.hiddenRelationTypes.has(t)).join(",")]);
  if (filters.hiddenStatuses.size > 0) params.push(["statuses", RELATION_STATUSES.filter((s) => !filters.hiddenStatuses.has(s)).join(",")]);
  if (filters.dayRange) {
    params.push(["from", dayToIsoDate(filters.dayRange[0])], ["to", dayToIsoDate(filters.dayRange[1])]);
    params.push(["undated", filters.includeUndated ? "include" : "exclude"]);
  }
  return params;
}

const apiUrl = (endpoint: string, params: [string, string][]) => `api/${endpoint}?${new URLSearchParams(params).toString()}`;

export function searchUrl(text: string, limit: number): string {
  return apiUrl("search", [
    ["q", text],
    ["limit", String(limit)],
  ]);
}

export function neighbourhoodUrl(id: string, hops: number, filters: FilterState, limit = NEIGHBOURHOOD_LIMIT): string {
  return apiUrl("neighbourhood", [["id", id], ["hops", String(hops)], ...filterParams(filters), ["limit", String(limit)]]);
}

export function relationUrl(id: string): string {
  return apiUrl("relation", [["id", id]]);
}

/** Paths follow the types and statuses shown (the API takes no dates for paths). */
export function pathUrl(from: string, to: string, filters: FilterState): string {
  const params = filterParams(filters).filter(([key]) => key === "types" || key === "statuses");
  return apiUrl("path", [["from", from], ["to", to], ...params]);
}
