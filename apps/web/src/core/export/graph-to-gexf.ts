import write from "graphology-gexf/common/writer.js";
import type { DocumentIndex } from "../data/document-index.ts";
import type { ExplorerGraph } from "../graph/build-graph.ts";

/** GEXF 1.3 for Gephi: positions, colours and sizes as drawn, plus the attributes researchers filter on. */
export function graphToGexf(graph: ExplorerGraph, index: DocumentIndex): string {
  return write(graph, {
    version: "1.3",
    formatNode: (key, attributes) => ({
      label: attributes.label,
      viz: { color: attributes.color, size: attributes.size, x: attributes.x, y: attributes.y },
      attributes: { type: attributes.entityType, aliases: index.entities.get(key)?.aliases.join("; ") ?? "" },
    }),
    formatEdge: (key, attributes) => {
      const relation = index.relations.get(key)!;
      return {
        label: relation.type,
        kind: relation.type,
        viz: { color: attributes.style.color, thickness: attributes.style.size },
        attributes: {
          type: relation.type,
          status: relation.status,
          date: relation.date ?? "",
          cameo: relation.properties.cameo ?? "",
          confidence: relation.confidence,
          evidence: relation.evidence.length,
        },
      };
    },
  });
}
