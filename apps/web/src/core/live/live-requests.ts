import type { ViewState } from "../view-state/view-state.ts";
import { filtersPassAnything, neighbourhoodUrl, pathUrl } from "./live-api.ts";

/** One answer live mode draws: a neighbourhood (of the seed, or of an expanded entity) or the paths between two. */
export type LiveRequest =
  | { kind: "neighbourhood"; url: string; entity: string; hops: number }
  | { kind: "path"; url: string; ends: [string, string] };

/**
 * What a live view draws, as API requests: the seed's neighbourhood at its depth, one hop around each
 * expanded entity, and the shortest paths asked for, all under the view's filters. Nothing when the
 * filters let nothing through. Each request is one bounded answer: nothing asks for the whole database.
 */
export function liveRequests(view: Pick<ViewState, "live" | "filters" | "path">): LiveRequest[] {
  const { live, filters } = view;
  if (!live || !filtersPassAnything(filters)) return [];
  const requests: LiveRequest[] = [];
  if (live.node)
    requests.push({ kind: "neighbourhood", url: neighbourhoodUrl(live.node, live.hops, filters), entity: live.node, hops: live.hops });
  for (const entity of live.expand) {
    if (entity !== live.node) requests.push({ kind: "neighbourhood", url: neighbourhoodUrl(entity, 1, filters), entity, hops: 1 });
  }
  if (view.path) {
    const [from, to] = view.path;
    requests.push({ kind: "path", url: pathUrl(from, to, filters), ends: [from, to] });
  }
  return requests;
}
