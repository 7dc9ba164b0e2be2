// `GET /api/overview`: what the legend and the time line need before anything is drawn: counts per entity
// type, relation type and status, and the dated relations per month.
import {
  ENTITY_TYPES,
  RELATION_STATUSES,
  RELATION_TYPES,
  STATIC_RELATIONS,
  type EntityType,
  type RelationStatus,
  type RelationType,
} from "@news-kg/schema";
import type { Driver } from "neo4j-driver";
import { ARTICLE_LABEL, ENTITY_LABEL, type GraphTarget } from "../graph-model.ts";
import { readTransaction } from "./read-transaction.ts";
import { effectiveDateCypher, relationTypesPattern } from "./relation-filter.ts";

export interface GraphOverview {
  counts: {
    entities: number;
    relations: number;
    articles: number;
    /** Relations per relation type. */
    byType: Record<RelationType, number>;
    byStatus: Record<RelationStatus, number>;
    /** Entities per entity type. */
    byEntityType: Record<EntityType, number>;
  };
  /** Relations by the month of their date (the explorer's date: their own, else their earliest report's), oldest first. */
  histogram: { month: string; count: number }[];
  /** Relations dated to a year only. */
  yearOnly: number;
  /** Relations without a date, standing facts included (histogram + yearOnly + undated = relations). */
  undated: number;
  /** Of the undated: standing facts (OFFICIAL_OF, PARENT_OF, LOCATED_IN), which never have one. */
  standing: number;
}

const YEAR_ONLY = "year";
const UNDATED = "none";

const countEntities = `MATCH (e:${ENTITY_LABEL}) WHERE e.loadedBy = $loadedBy RETURN e.type AS type, count(*) AS n`;
const countArticles = `MATCH (a:${ARTICLE_LABEL}) WHERE a.loadedBy = $loadedBy RETURN count(*) AS n`;
// From the graph's entities, not from every relationship of the types: other graphs in the database cost nothing.
const countRelations = `
MATCH (s:${ENTITY_LABEL}) WHERE s.loadedBy = $loadedBy
MATCH (s)-[r${relationTypesPattern(RELATION_TYPES)}]->() WHERE r.loadedBy = $loadedBy
WITH type(r) AS type, r.status AS status, ${effectiveDateCypher("r")} AS day
RETURN type, status, CASE WHEN day IS NULL THEN '${UNDATED}' WHEN size(day) = 4 THEN '${YEAR_ONLY}' ELSE left(day, 7) END AS month, count(*) AS n`;

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export async function exploreOverview(driver: Driver, target: GraphTarget): Promise<GraphOverview> {
  return readTransaction(driver, target, async (run) => {
    const byEntityType = zeroes(ENTITY_TYPES);
    for (const row of await run(countEntities)) byEntityType[row.type as EntityType] += row.n as number;
    const [articles] = await run(countArticles);
    const byType = zeroes(RELATION_TYPES);
    const byStatus = zeroes(RELATION_STATUSES);
    const months = new Map<string, number>();
    let [relations, yearOnly, undated, standing] = [0, 0, 0, 0];
    for (const { type, status, month, n } of await run(countRelations)) {
      const count = n as number;
      relations += count;
      byType[type as RelationType] += count;
      byStatus[status as RelationStatus] += count;
      if (month === YEAR_ONLY) yearOnly += count;
      else if (month !== UNDATED) months.set(month as string, (months.get(month as string) ?? 0) + count);
      else {
        undated += count;
        if (STATIC_RELATIONS.has(type as RelationType)) standing += count;
      }
    }
    return {
      counts: {
        entities: Object.values(byEntityType).reduce((sum, n) => sum + n, 0),
        relations,
        articles: (articles?.n as number | undefined) ?? 0,
        byType,
        byStatus,
        byEntityType,
      },
      histogram: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
      yearOnly,
      undated,
      standing,
    };
  });
}
