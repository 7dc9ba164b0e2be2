import type Graph from "graphology";
import { brandes } from "graphology-shortest-path/unweighted";

export interface ShortestPaths {
  /** How many shortest paths there are (they may be many more than are listed). */
  count: number;
  /** Steps in each path listed: entity ids from the first end to the second. */
  paths: string[][];
  /** Every entity on some shortest path. */
  nodes: Set<string>;
  /** Every pair of entities a shortest path steps between, as [nearer the first end, further]. */
  steps: [string, string][];
}

/**
 * All shortest paths from `from` to `to` over `view`, from graphology's Brandes search (which records,
 * for each entity, its predecessors on shortest paths from `from`). Lists at most `maxListed` of them;
 * `nodes` and `steps` cover them all. Undefined when no path joins the two.
 */
export function shortestPaths(view: Graph, from: string, to: string, maxListed: number): ShortestPaths | undefined {
  if (from === to) return { count: 1, paths: [[from]], nodes: new Set([from]), steps: [] };
  if (!view.hasNode(from) || !view.hasNode(to)) return undefined;
  const [, predecessors, counts] = brandes(view, from);
  if (!counts[to]) return undefined;

  const nodes = new Set<string>();
  const steps: [string, string][] = [];
  const pending = [to];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (nodes.has(node)) continue;
    nodes.add(node);
    for (const previous of predecessors[node]!) {
      steps.push([previous, node]);
      pending.push(previous);
    }
  }
  const pathsTo = (node: string): string[][] => {
    if (node === from) return [[from]];
    const paths: string[][] = [];
    for (const previous of predecessors[node]!) {
      for (const path of pathsTo(previous)) {
        if (paths.length === maxListed) return paths;
        paths.push([...path, node]);
      }
    }
    return paths;
  };
  return { count: counts[to]!, paths: pathsTo(to), nodes, steps };
}
