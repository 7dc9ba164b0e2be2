// The explorer's JSON API over a graph in Neo4j (docs/web.md), independent of the HTTP server: a path and
// its query string in, a status and a JSON body out. Read transactions and parameterized Cypher only.
import type { Driver } from "neo4j-driver";
import { explainNeo4jError, Neo4jConnectionError } from "../connect.ts";
import { LOADED_BY, type GraphTarget } from "../graph-model.ts";
import { cached } from "./cached.ts";
import { ExploreError } from "./explore-error.ts";
import { exploreOverview } from "./explore-overview.ts";
import { choiceParam, filterParams, limitParam, requiredParam } from "./explore-params.ts";
import { neighbourhood } from "./neighbourhood.ts";
import { relationById } from "./relation-by-id.ts";
import { QUESTION_TIMEOUT_MS } from "./read-transaction.ts";
import { searchEntities } from "./search-entities.ts";
import { shortestPaths } from "./shortest-paths.ts";
import type { Neo4jConnection } from "@news-kg/neo4j-local";

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** Answers `/api/<name>?...`; resolves (never rejects) with the status and the JSON body. */
export type ExploreApi = (path: string, params: URLSearchParams) => Promise<ApiAnswer>;

/**
 * How long a driver behind the API retries a failed read (the driver's default is 30 s): a page waiting on a
 * lost server should hear 503 soon.
 */
export const EXPLORE_MAX_RETRY_MS = 2_000;

/**
 * How long the overview is kept: it counts every relation of the graph (seconds on 500k relations), and the
 * legend and the time line need it only when a page opens.
 */
export const OVERVIEW_TTL_MS = 5 * 60_000;

export const SEARCH_LIMIT = { default: 20, max: 100 } as const;
export const NEIGHBOURHOOD_LIMIT = { default: 200, max: 2000 } as const;

/** Neo4j's codes for a transaction stopped by its timeout. */
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;

type Route = (params: URLSearchParams) => Promise<unknown>;

export interface ExploreApiOptions {
  driver: Driver;
  target: GraphTarget;
  /** For one-line explanations of connection failures (never the password). */
  connection: Pick<Neo4jConnection, "uri" | "user" | "database">;
  /** Where unexpected failures are reported (the client only hears "internal error"). */
  logError?: (error: unknown) => void;
}

export function exploreApi({ driver, target, connection, logError = console.error }: ExploreApiOptions): ExploreApi {
  const graph = target.loadedBy ?? LOADED_BY;
  const overview = cached(() => exploreOverview(driver, target), OVERVIEW_TTL_MS);
  const routes: Record<string, Route> = {
    "/api/overview": async () => ({ mode: "neo4j", graph, ...(await overview()) }),
    "/api/search": async (params) => ({
      entities: await searchEntities(
        driver,
        target,
        requiredParam(params, "q"),
        limitParam(params, "limit", SEARCH_LIMIT.default, SEARCH_LIMIT.max),
      ),
    }),
    "/api/neighbourhood": (params) =>
      neighbourhood(driver, target, {
        id: requiredParam(params, "id"),
        hops: choiceParam(params, "hops", ["1", "2"] as const, "1") === "2" ? 2 : 1,
        filter: filterParams(params, { dated: true }),
        limit: limitParam(params, "limit", NEIGHBOURHOOD_LIMIT.default, NEIGHBOURHOOD_LIMIT.max),
      }),
    "/api/path": (params) =>
      shortestPaths(driver, target, {
        from: requiredParam(params, "from"),
        to: requiredParam(params, "to"),
        filter: filterParams(params, { dated: false }),
      }),
    "/api/relation": (params) => relationById(driver, target, requiredParam(params, "id")),
  };
  return async (path, params) => {
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!route) return { status: 404, body: { error: `explore: no API at ${path}` } };
    try {
      return { status: 200, body: await route(params) };
    } catch (error) {
      if (error instanceof ExploreError) return { status: error.status, body: { error: error.message } };
      if (TIMED_OUT.test((error as { code?: string }).code ?? "")) {
        return {
          status: 503,
          body: { error: `explore: the question took longer than ${QUESTION_TIMEOUT_MS / 1000} s: ask for fewer hops, types or dates` },
        };
      }
      const explained = explainNeo4jError(error, connection);
      if (explained instanceof Neo4jConnectionError) return { status: 503, body: { error: explained.message } };
      logError(error);
      return { status: 500, body: { error: "explore: internal error (see the server's log)" } };
    }
  };
}
