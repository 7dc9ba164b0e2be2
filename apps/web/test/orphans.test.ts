import { describe, expect, it } from "vitest";
import type { RelationType } from "@news-kg/schema";
import { RELATION_TYPES } from "@news-kg/schema/vocabulary";
import { indexDocument } from "../src/core/data/document-index.ts";
import { createDisplayReducers } from "../src/core/display/display-reducers.ts";
import { NO_FILTERS, type FilterState } from "../src/core/filters/filter-state.ts";
import { connectedNodes } from "../src/core/filters/connected-nodes.ts";
import { buildGraph } from "../src/core/graph/build-graph.ts";
import { shownCounts } from "../src/core/legend/shown-counts.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

const onlyTypes = (...types: RelationType[]): FilterState => ({
  ...NO_FILTERS,
  hiddenRelationTypes: new Set(RELATION_TYPES.filter((type) => !types.includes(type))),
});

describe("entities the filters leave unconnected", () => {
  const document = miniGraph();
  const graph = buildGraph(document);
  const reducers = createDisplayReducers(graph, indexDocument(document));
  const hidden = (node: string) => reducers.nodeReducer(node, graph.getNodeAttributes(node)).hidden === true;

  it("are the nodes no shown edge touches", () => {
    const metOnly = new Set(["r-met", "r-lavrov-choe"]);
    expect([...connectedNodes(graph, (edge) => metOnly.has(edge))].sort()).toEqual([
      "person:choe-son-hui",
      "person:kim-jong-un",
      "person:sergei-lavrov",
      "person:vladimir-putin",
    ]);
  });

  it("are hidden by default and kept on request", () => {
    reducers.setState({ filters: onlyTypes("MET"), labelAllEdges: false });
    expect(hidden("country:nga")).toBe(true);
    expect(hidden("person:dmitry-peskov")).toBe(true);
    expect(hidden("person:choe-son-hui")).toBe(false);
    reducers.setState({ filters: { ...onlyTypes("MET"), showOrphans: true }, labelAllEdges: false });
    expect(hidden("country:nga")).toBe(false);
    // An entity type switched off stays hidden either way.
    reducers.setState({ filters: { ...NO_FILTERS, hiddenEntityTypes: new Set(["COUNTRY"]), showOrphans: true }, labelAllEdges: false });
    expect(hidden("country:nga")).toBe(true);
  });

  it("do not count in the legend's shown numbers", () => {
    reducers.setState({ filters: onlyTypes("MET"), labelAllEdges: false });
    const shown = shownCounts(graph, reducers.isNodeVisible, reducers.isEdgeVisible);
    expect(shown.entityTypes).toEqual(new Map([["PERSON", 4]]));
    expect(shown.relationTypes).toEqual(new Map([["MET", 2]]));
    expect(shown.statuses).toEqual(new Map([["occurred", 2]]));
  });
});
