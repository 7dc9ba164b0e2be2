// Query-string parameters of the explorer API, checked: anything else is a 400 naming the parameter.
import { PartialDate, RELATION_STATUSES, RELATION_TYPES, type RelationStatus, type RelationType } from "@news-kg/schema";
import { ExploreError } from "./explore-error.ts";
import type { RelationFilter } from "./relation-filter.ts";

/** A required, non-empty parameter. */
export function requiredParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (value === null || value.trim() === "") throw new ExploreError(400, `parameter "${name}" is required`);
  return value;
}

/** A whole number in [1, max], or `fallback` when absent. */
export function limitParam(params: URLSearchParams, name: string, fallback: number, max: number): number {
  const value = params.get(name);
  if (value === null || value === "") return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new ExploreError(400, `parameter "${name}" must be a whole number from 1 to ${max}`);
  return n;
}

/** One value of a fixed set, or `fallback` when absent. */
export function choiceParam<T extends string>(params: URLSearchParams, name: string, choices: readonly T[], fallback: T): T {
  const value = params.get(name);
  if (value === null || value === "") return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new ExploreError(400, `parameter "${name}" must be one of ${choices.join(", ")}`);
  return value as T;
}

/** A comma-separated subset of `vocabulary`; absent means all of it, present and empty means none. */
function listParam<T extends string>(params: URLSearchParams, name: string, vocabulary: readonly T[]): readonly T[] {
  const value = params.get(name);
  if (value === null) return vocabulary;
  const items = value.split(",").filter((item) => item !== "");
  for (const item of items) {
    if (!(vocabulary as readonly string[]).includes(item)) throw new ExploreError(400, `parameter "${name}": unknown value "${item}"`);
  }
  return vocabulary.filter((item) => items.includes(item));
}

function dateParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  if (value === null || value === "") return undefined;
  if (!PartialDate.safeParse(value).success) throw new ExploreError(400, `parameter "${name}" must be a date: YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/** `types` and `statuses`, and with `dated` also `from`, `to` and `undated` (`/api/path` has its own `from` and `to`). */
export function filterParams(params: URLSearchParams, { dated }: { dated: boolean }): RelationFilter {
  const from = dated ? dateParam(params, "from") : undefined;
  const to = dated ? dateParam(params, "to") : undefined;
  if (from !== undefined && to !== undefined && from.slice(0, to.length) > to) {
    throw new ExploreError(400, `parameter "from" (${from}) is after "to" (${to})`);
  }
  return {
    types: listParam<RelationType>(params, "types", RELATION_TYPES),
    statuses: listParam<RelationStatus>(params, "statuses", RELATION_STATUSES),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    undated: dated ? choiceParam(params, "undated", ["include", "exclude"] as const, "include") : "include",
  };
}
