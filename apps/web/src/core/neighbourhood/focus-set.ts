import type Graph from "graphology";
import { neighbourhood } from "./neighbourhood.ts";

/** A neighbourhood view: the entities within `hops` of `center`, plus the direct neighbours of each expanded entity. */
export interface FocusView {
  center: string;
  hops: number;
  expanded: readonly string[];
}

export function focusSet(view: Graph, focus: FocusView): Set<string> {
  const nodes = neighbourhood(view, focus.center, focus.hops);
  for (const node of focus.expanded) for (const near of neighbourhood(view, node, 1)) nodes.add(near);
  return nodes;
}
