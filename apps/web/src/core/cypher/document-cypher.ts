import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES, STATIC_RELATIONS } from "@news-kg/schema/vocabulary";
import { dayToIsoDate } from "../dates/partial-date.ts";
import type { FilterState } from "../filters/filter-state.ts";
import type { ViewState } from "../view-state/view-state.ts";
import type { CypherValue } from "./cypher-literal.ts";
import type { CypherQuestion } from "./cypher-question.ts";

/** As many paths as Neo4j Browser is asked for: the explorer's card lists five, the picture draws them all. */
const PATH_LIMIT = 10;

/** The table's columns as the Cypher query names them. */
const ORDER_COLUMNS: Record<NonNullable<ViewState["sort"]>["key"], string> = {
  source: "source",
  type: "type",
  target: "target",
  status: "status",
  date: "date",
  evidence: "evidence",
  article: "firstArticle",
};

/** What a view shows, as a question: a title and a parameterized query. */
export interface TitledQuestion extends CypherQuestion {
  title: string;
}

/**
 * The question a document-mode view answers, asked of the same graph loaded into Neo4j (`kg load`): the
 * relation table, else the shortest paths, else the neighbourhood, else every relation the filters show.
 * Relationship types are spliced in only from the schema's vocabulary; every other value is a parameter.
 * A relation without a date of its own counts as undated here (the explorer dates it by its first report).
 */
export function documentCypher(view: Pick<ViewState, "filters" | "focus" | "path" | "table" | "sort">): TitledQuestion {
  const params: Record<string, CypherValue> = {};
  const { filters } = view;
  const types = relationTypes(filters);
  const relationWhere = (r: string) => relationConditions(r, filters, params, types.length === 0);
  const entityWhere = (n: string) => entityConditions(n, filters, params);
  const typePattern = types.length > 0 ? `:${types.join("|")}` : "";
  if (view.table) {
    const conditions = [...relationWhere("r"), ...entityWhere("s"), ...entityWhere("t")];
    const sort = view.sort ?? { key: "date" as const, descending: true };
    return {
      title: "The relation table",
      query: [
        `MATCH (s:Entity)-[r${typePattern}]->(t:Entity)`,
        where(conditions),
        "RETURN r.id AS id, s.name AS source, type(r) AS type, t.name AS target, r.status AS status, r.date AS date,",
        "       size(r.articleIds) AS evidence, r.articleIds[0] AS firstArticle",
        `ORDER BY ${ORDER_COLUMNS[sort.key]}${sort.descending ? " DESC" : ""}`,
      ]
        .filter(Boolean)
        .join("\n"),
      params,
    };
  }
  const pathWhere = (p: string) => [
    ...listCondition(`relationships(${p})`, "r", relationWhere("r")),
    ...listCondition(`nodes(${p})`, "n", entityWhere("n")),
  ];
  if (view.path) {
    [params.fromId, params.toId] = view.path;
    return {
      title: "Shortest paths",
      query: [
        "MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})",
        `MATCH p = allShortestPaths((a)-[${typePattern}*]-(b))`,
        where(pathWhere("p")),
        `RETURN p LIMIT ${PATH_LIMIT}`,
      ]
        .filter(Boolean)
        .join("\n"),
      params,
    };
  }
  if (view.focus) {
    params.center = view.focus.center;
    const parts = [
      `MATCH p = (c:Entity {id: $center})-[${typePattern}*1..${view.focus.hops}]-(:Entity)`,
      where(pathWhere("p")),
      "RETURN p",
    ];
    if (view.focus.expanded.length > 0) {
      params.expanded = [...view.focus.expanded];
      parts.push(
        "UNION",
        `MATCH p = (e:Entity)-[r${typePattern}]-(n:Entity)`,
        where(["e.id IN $expanded", ...relationWhere("r"), ...entityWhere("e"), ...entityWhere("n")]),
        "RETURN p",
      );
    }
    return { title: "The neighbourhood", query: parts.filter(Boolean).join("\n"), params };
  }
  return {
    title: "Every relation the filters show",
    query: [
      `MATCH p = (s:Entity)-[r${typePattern}]->(t:Entity)`,
      where([...relationWhere("r"), ...entityWhere("s"), ...entityWhere("t")]),
      "RETURN p",
    ]
      .filter(Boolean)
      .join("\n"),
    params,
  };
}

/** The relation types the filters show, in the vocabulary's order; listed always, as articles' MENTIONS must never be walked. */
function relationTypes(filters: FilterState): string[] {
  return RELATION_TYPES.filter((type) => !filters.hiddenRelationTypes.has(type));
}

function relationConditions(r: string, filters: FilterState, params: Record<string, CypherValue>, noType: boolean): string[] {
  const conditions: string[] = noType ? ["false"] : [];
  if (filters.hiddenStatuses.size > 0) {
    params.statuses = RELATION_STATUSES.filter((status) => !filters.hiddenStatuses.has(status));
    conditions.push(`${r}.status IN $statuses`);
  }
  if (filters.dayRange) {
    params.from = dayToIsoDate(filters.dayRange[0]);
    params.to = dayToIsoDate(filters.dayRange[1]);
    params.standing = [...STATIC_RELATIONS];
    // A partial date (YYYY, YYYY-MM) meets the range when it starts by its end and ends after its start.
    const inRange = `${r}.date <= $to AND ${r}.date >= left($from, size(${r}.date))`;
    conditions.push(
      filters.includeUndated
        ? `(${r}.date IS NULL OR type(${r}) IN $standing OR (${inRange}))`
        : `${r}.date IS NOT NULL AND NOT type(${r}) IN $standing AND ${inRange}`,
    );
  }
  return conditions;
}

function entityConditions(n: string, filters: FilterState, params: Record<string, CypherValue>): string[] {
  if (filters.hiddenEntityTypes.size === 0) return [];
  params.entityTypes = ENTITY_TYPES.filter((type) => !filters.hiddenEntityTypes.has(type));
  return [`${n}.type IN $entityTypes`];
}

/** `all(x IN list WHERE ...)` over the conditions on one element, or nothing if there are none. */
function listCondition(list: string, element: string, conditions: string[]): string[] {
  return conditions.length > 0 ? [`all(${element} IN ${list} WHERE ${conditions.join(" AND ")})`] : [];
}

function where(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join("\n  AND ")}` : "";
}
