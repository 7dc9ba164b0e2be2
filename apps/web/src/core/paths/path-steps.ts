import type { Entity, Relation } from "@news-kg/schema";
import type Graph from "graphology";
import type { DocumentIndex } from "../data/document-index.ts";
import type { PathView } from "./explorations.ts";

/** One step of a path: two neighbouring entities and every shown relation between them. */
export interface PathStep {
  from: Entity;
  to: Entity;
  relations: readonly Relation[];
}

export interface PathListing {
  from: Entity;
  to: Entity;
  /** The listed paths, step by step; empty when none joins the two. */
  paths: readonly (readonly PathStep[])[];
  /** How many shortest paths exist in all. */
  count: number;
}

/** The listed shortest paths of a view, spelt out step by step with the relations of each step. */
export function pathSteps(path: PathView, graph: Graph, index: DocumentIndex): PathListing {
  const entity = (id: string) => index.entities.get(id)!;
  const between = (a: string, b: string) =>
    [...path.relations].filter((id) => graph.hasExtremity(id, a) && graph.hasExtremity(id, b)).map((id) => index.relations.get(id)!);
  const paths = (path.found?.paths ?? []).map((nodes) =>
    nodes.slice(1).map((to, i) => ({ from: entity(nodes[i]!), to: entity(to), relations: between(nodes[i]!, to) })),
  );
  return { from: entity(path.from), to: entity(path.to), paths, count: path.found?.count ?? 0 };
}
