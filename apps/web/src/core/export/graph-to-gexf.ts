import { MultiGraph } from "graphology";
import write from "graphology-gexf/common/writer.js";
import { SYMMETRIC_RELATIONS } from "@news-kg/schema/vocabulary";
import type { DocumentIndex } from "../data/document-index.ts";
import { relationDate } from "../dates/relation-date.ts";
import type { ExplorerGraph } from "../graph/build-graph.ts";
import type { EdgeAttributes, NodeAttributes } from "../graph/graph-attributes.ts";
import { withTimeIntervals } from "./gexf-time-intervals.ts";

const everything = () => true;

/**
 * GEXF 1.3 for Gephi of what is shown (`nodeShown`, `edgeShown`): positions, colours and sizes as drawn;
 * MET and SIGNED as undirected edges; each relation's days as its time interval (Gephi's timeline); and
 * the attributes researchers filter on, with the evidence count and the ids of the reporting articles.
 */
export function graphToGexf(
  graph: ExplorerGraph,
  index: DocumentIndex,
  nodeShown: (node: string) => boolean = everything,
  edgeShown: (edge: string) => boolean = everything,
): string {
  const shown = new MultiGraph<NodeAttributes, EdgeAttributes>();
  graph.forEachNode((node, attributes) => {
    if (nodeShown(node)) shown.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!edgeShown(edge) || !shown.hasNode(source) || !shown.hasNode(target)) return;
    if (SYMMETRIC_RELATIONS.has(attributes.style.relationType)) shown.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else shown.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  const gexf = write(shown, {
    version: "1.3",
    formatNode: (key, attributes) => ({
      label: attributes.label,
      viz: { color: attributes.color, size: attributes.size, x: attributes.x, y: attributes.y },
      attributes: { type: attributes.entityType, aliases: index.entities.get(key)?.aliases.join("; ") ?? "" },
    }),
    formatEdge: (key, attributes) => {
      const relation = index.relations.get(key)!;
      const date = relationDate(relation, index.articles);
      return {
        label: relation.type,
        kind: relation.type,
        viz: { color: attributes.style.color, thickness: attributes.style.size },
        attributes: {
          type: relation.type,
          status: relation.status,
          date: date?.date ?? "",
          date_from: date?.from ?? "",
          cameo: relation.properties.cameo ?? "",
          confidence: relation.confidence,
          evidence: relation.evidence.length,
          articles: [...new Set(relation.evidence.map((evidence) => evidence.articleId))].join("; "),
        },
      };
    },
  });
  return withTimeIntervals(gexf, index.relationDays);
}
