import type { GraphDocument } from "@news-kg/schema";
import { errorView } from "../components/error-view.ts";
import { h, replaceChildren } from "../components/dom.ts";
import type { CypherEntry } from "../components/cypher-box.ts";
import { searchBox } from "../components/search-box.ts";
import { cypherText } from "../core/cypher/cypher-question.ts";
import { defaultBrowserBase } from "../core/cypher/neo4j-browser-url.ts";
import { indexDocument } from "../core/data/document-index.ts";
import { hashText } from "../core/data/document-hash.ts";
import { bulkExtent } from "../core/dates/bulk-extent.ts";
import { partialDateRange } from "../core/dates/partial-date.ts";
import { buildGraph } from "../core/graph/build-graph.ts";
import { createPositionCache } from "../core/layout/position-cache.ts";
import { evidenceCut } from "../core/live/evidence-cut.ts";
import { type FragmentAnswer, type LiveOverview, relationUrl, type SearchResult, searchUrl } from "../core/live/live-api.ts";
import { type LiveRequest, liveRequests } from "../core/live/live-requests.ts";
import { mergeFragments } from "../core/live/merge-fragments.ts";
import { placeNewNodes } from "../core/live/place-new-nodes.ts";
import { overviewLegend } from "../core/live/overview-legend.ts";
import { decodeViewState, encodeViewState, type ViewState } from "../core/view-state/view-state.ts";
import type { GraphCheck } from "../core/data/check-graph-document.ts";
import { type LiveHooks, type MountedExplorer, mountExplorer, type PreparedExplorer } from "./explorer-view.ts";

/**
 * The search box waits this long after the last key before asking the server (Enter asks at once). It is shorter
 * than the gap between a typist's keys (about 200 ms at 60 words a minute), so a search may go at every key: the
 * server answers one in about 10 ms, and an answer to an older text than the box holds is dropped.
 */
const SEARCH_DEBOUNCE_MS = 100;
const SEARCH_LIMIT = 12;

export class LiveApiError extends Error {
  override name = "LiveApiError";
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Reads an API answer; a failure carries the server's own reason (`{ error }`). */
async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => undefined)) as { error?: string } | undefined;
  if (!response.ok) throw new LiveApiError(`live-app: ${url}: ${body?.error ?? `HTTP ${response.status}`}`);
  if (body === undefined) throw new LiveApiError(`live-app: ${url}: the answer is not JSON`);
  return body as T;
}

/** Checks parsed JSON against the graph document schema (the app's own checker, loaded with the page). */
export type CheckGraph = (json: unknown, sourceName: string) => Promise<GraphCheck>;

/**
 * Fetches a fragment and checks its graph against the schema, as document mode checks a whole document:
 * nothing of an answer is drawn unless it is a valid graph document. The check runs on the parsed answer, on
 * the main thread: a hub's answer (about 280 KiB) takes zod a few milliseconds, where handing it to a
 * worker (written out, read and parsed again there, the verdict waiting for a busy main thread) took 70 ms.
 */
async function fetchFragment(url: string, check: CheckGraph): Promise<FragmentAnswer> {
  const answer = await getJson<FragmentAnswer>(url);
  performance.mark("live:fetched", { detail: url });
  const verdict = await check(answer.graph ?? null, url);
  if (!verdict.ok) throw new LiveApiError(verdict.message, verdict.issues);
  performance.mark("live:checked", { detail: url });
  return answer;
}

/** The track of the time line: the bulk of the months the database's dated relations fall in. */
function overviewTimeline(overview: LiveOverview) {
  const months = new Map<string, [number, number]>();
  for (const { month, count } of overview.histogram) {
    const range = partialDateRange(month);
    if (range && count > 0) months.set(month, range);
  }
  const bulk = bulkExtent(months);
  return bulk && { extent: bulk.extent, outliers: [] };
}

/**
 * Live mode: the explorer on a Neo4j database (`kg serve --neo4j`). The page starts from the search box
 * or `?node=`, and draws only what the API answered for the view in the address bar: the seed's
 * neighbourhood, each expanded entity's, and the paths asked for. A view that asks something else is
 * fetched (answers already fetched are reused) and drawn into the same explorer, what was drawn keeping its place.
 */
export function startLiveApp(root: HTMLElement, overview: LiveOverview, check: CheckGraph, openFile: () => void): { destroy(): void } {
  const answers = new Map<string, Promise<FragmentAnswer>>();
  const positions = createPositionCache(window.localStorage);
  const browserBase = overview.browserUrl ?? defaultBrowserBase(location.hostname);
  const timeline = overviewTimeline(overview);
  let explorer: MountedExplorer | undefined;
  let drawn: Pick<ReadonlyMap<string, { x: number; y: number }>, "get"> = new Map();
  let shown = 0;
  const setState = (state: "loading" | "ready" | "error") => (document.body.dataset.state = state);

  const answer = (url: string) => {
    let pending = answers.get(url);
    if (!pending) {
      pending = fetchFragment(url, check);
      answers.set(url, pending);
      // A failed answer is asked again next time.
      pending.catch(() => answers.delete(url));
    }
    return pending;
  };
  const searchSource = {
    debounceMs: SEARCH_DEBOUNCE_MS,
    async search(text: string) {
      if (!text.trim()) return [];
      const { entities } = await getJson<{ entities: SearchResult[] }>(searchUrl(text.trim(), SEARCH_LIMIT));
      return entities.map((entity) => ({
        entityId: entity.id,
        name: entity.name,
        detail: `${entity.type.toLowerCase()} · ${entity.degree.toLocaleString("en")} ${entity.degree === 1 ? "relation" : "relations"}`,
      }));
    },
  };

  const requery = (next: ViewState, entry: "push" | "replace" | "none") => {
    if (entry !== "none") {
      const query = encodeViewState(next, new URLSearchParams(location.search)).toString();
      const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
      if (entry === "push") history.pushState(null, "", url);
      else history.replaceState(history.state, "", url);
    }
    void show();
  };

  /** Draws the view in the address bar. */
  const show = async () => {
    const attempt = ++shown;
    const view = decodeViewState(new URLSearchParams(location.search), "live");
    const requests = liveRequests(view);
    setState("loading");
    let fragments: FragmentAnswer[];
    try {
      fragments = await Promise.all(requests.map((request) => answer(request.url)));
    } catch (error) {
      if (attempt !== shown) return;
      explorer?.destroy();
      explorer = undefined;
      replaceChildren(root, errorView((error as Error).message, (error as LiveApiError).issues ?? [], openFile));
      setState("error");
      return;
    }
    if (attempt !== shown) return; // Another view was asked for meanwhile.
    performance.mark("live:answered");
    const merged = mergeFragments(fragments.map((fragment) => fragment.graph));
    const prepared = prepareLive(merged, `live:${overview.graph}:${hashText(requests.map((r) => r.url).join(" "))}`);
    const cut = evidenceCut(fragments, merged);
    let written: CypherEntry[] | undefined;
    const hooks: LiveHooks = {
      requery,
      searchBox: (onPick) =>
        searchBox(searchSource, onPick, { label: "Search the database", placeholder: "Search the database (e.g. Lavrov)" }),
      // Written when the Cypher control is opened, not for every view drawn.
      get questions() {
        return (written ??= questions(requests, fragments, merged));
      },
      notices: notices(view, requests, fragments, merged),
      stats: `${merged.entities.length} of ${overview.counts.entities.toLocaleString("en")} entities · ${merged.relations.length} of ${overview.counts.relations.toLocaleString("en")} relations drawn · Neo4j: ${overview.graph}`,
      browserBase,
      ...(timeline ? { timeline } : {}),
      legendTotals: (drawn) => overviewLegend(overview, drawn),
      moreEvidence: (relationId) => {
        const total = cut.get(relationId);
        return total === undefined ? undefined : { total, fetch: async () => (await answer(relationUrl(relationId))).graph };
      },
    };
    performance.mark("live:prepared");
    if (explorer) {
      explorer.showLive(prepared, hooks, () => setState("ready"));
      performance.mark("live:shown");
      return;
    }
    explorer = mountExplorer(root, prepared, openFile, hooks);
    // The explorer draws every later answer into this graph: where each entity is when the view changes again.
    const graph = prepared.graph;
    drawn = { get: (id: string) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined) };
    setState("ready");
  };

  /**
   * The graph of what was fetched: on a page with nothing drawn yet, laid out before (this very view, from
   * the cache); else placed beside what is drawn.
   */
  const prepareLive = (merged: GraphDocument, key: string): PreparedExplorer => {
    const ids = merged.entities.map((entity) => entity.id);
    const cachedPositions = explorer ? undefined : positions.load(key, ids);
    const allDrawn = ids.every((id) => drawn.get(id) !== undefined);
    const graph = buildGraph(merged, cachedPositions ?? placeNewNodes(merged, drawn));
    return {
      input: { document: merged, documentHash: key, sourceName: `Neo4j graph ${overview.graph}` },
      index: indexDocument(merged),
      graph,
      positions,
      cached: cachedPositions !== undefined || allDrawn,
    };
  };

  // Back and Forward are the explorer's to handle (it asks again when the question changed); only an error view has none.
  const onHistory = () => {
    if (!explorer) void show();
  };
  window.addEventListener("popstate", onHistory);
  void show();
  return {
    destroy() {
      shown++;
      window.removeEventListener("popstate", onHistory);
      explorer?.destroy();
      explorer = undefined;
    },
  };
}

const nameIn = (document: GraphDocument) => {
  const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
  return (id: string) => names.get(id) ?? id;
};

function requestTitle(request: LiveRequest, name: (id: string) => string): string {
  if (request.kind === "path") return `Shortest paths from ${name(request.ends[0])} to ${name(request.ends[1])}`;
  return `Neighbourhood of ${name(request.entity)} (${request.hops} ${request.hops === 1 ? "hop" : "hops"})`;
}

/** The Cypher of each answer drawn, from the API's `cypher` field. */
function questions(requests: LiveRequest[], fragments: FragmentAnswer[], merged: GraphDocument): CypherEntry[] {
  const name = nameIn(merged);
  return requests.flatMap((request, i) => {
    const cypher = fragments[i]!.cypher;
    const title = requestTitle(request, name);
    return cypher ? [{ title, text: cypherText(title, cypher) }] : [];
  });
}

/** What the stage bar says: where to start, what the cap cut, paths not found. */
function notices(view: ViewState, requests: LiveRequest[], fragments: FragmentAnswer[], merged: GraphDocument): HTMLElement[] {
  const name = nameIn(merged);
  if (!view.live?.node) return [h("p", { class: "live-notice" }, "Search the database (top bar) for an entity to start from.")];
  if (requests.length === 0) return [h("p", { class: "live-notice" }, "The filters let no relation through.")];
  return requests.flatMap((request, i) => {
    const fragment = fragments[i]!;
    if (request.kind === "path") {
      return fragment.paths?.length
        ? []
        : [h("p", { class: "live-notice" }, `No path from ${name(request.ends[0])} to ${name(request.ends[1])} under these filters.`)];
    }
    if (!fragment.truncated) return [];
    const total = fragment.total ?? fragment.graph.relations.length;
    return [
      h(
        "p",
        { class: "live-notice", dataset: { truncated: request.entity } },
        `${name(request.entity)}: showing ${fragment.graph.relations.length.toLocaleString("en")} of ${total.toLocaleString("en")} relations — most evidenced first`,
      ),
    ];
  });
}
