import { describe, expect, it } from "vitest";
import { indexDocument } from "../src/core/data/document-index.ts";
import { createDisplayReducers } from "../src/core/display/display-reducers.ts";
import { pairKey } from "../src/core/display/edge-bundles.ts";
import { NO_FILTERS } from "../src/core/filters/filter-state.ts";
import { buildGraph } from "../src/core/graph/build-graph.ts";
import { bundleLabel } from "../src/core/styling/bundle-label.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

// Kim Jong Un and Putin share four relations in the fixture: r-met, r-signed, r-invited (Kim → Putin) and
// r-thanked (Putin → Kim); every other pair has one.
describe("one edge per pair", () => {
  const document = miniGraph();
  const graph = buildGraph(document);
  const reducers = createDisplayReducers(graph, indexDocument(document));
  const edge = (id: string) => reducers.edgeReducer(id, graph.getEdgeAttributes(id));
  const kimPutin = pairKey("person:vladimir-putin", "person:kim-jong-un");

  it("folds a pair's relations into its first, straight, labelled with the count and types", () => {
    reducers.setState({ filters: NO_FILTERS, labelAllEdges: true });
    expect(edge("r-met")).toMatchObject({ hidden: false, type: "line", curvature: 0, label: "4 relations: MET, SIGNED, INVITED, THANKED" });
    expect(["r-signed", "r-invited", "r-thanked"].map((id) => edge(id).hidden)).toEqual([true, true, true]);
    expect(reducers.bundleMembers("r-met")).toEqual(["r-met", "r-signed", "r-invited", "r-thanked"]);
    expect(edge("r-pyongyang")).toMatchObject({ hidden: false, type: "arrow", label: "LOCATED_IN" });
  });

  it("counts only the relations the filters show", () => {
    reducers.setState({ filters: { ...NO_FILTERS, hiddenRelationTypes: new Set(["MET", "SIGNED"]) }, labelAllEdges: true });
    expect(edge("r-met").hidden).toBe(true);
    expect(edge("r-invited")).toMatchObject({ hidden: false, label: "2 relations: INVITED, THANKED" });
  });

  it("draws a pair one by one when split, or when it holds the selected relation", () => {
    reducers.setState({ filters: NO_FILTERS, labelAllEdges: true, splitPairs: new Set([kimPutin]) });
    expect(["r-met", "r-signed", "r-invited", "r-thanked"].map((id) => edge(id).hidden)).toEqual([false, false, false, false]);
    expect(edge("r-met").type).toBe("curved");
    reducers.setState({ filters: NO_FILTERS, labelAllEdges: true, selectedRelation: "r-thanked" });
    expect(edge("r-thanked")).toMatchObject({ hidden: false, label: "THANKED", zIndex: 2 });
    reducers.setState({ filters: NO_FILTERS, labelAllEdges: true, splitAll: true });
    expect(edge("r-signed").hidden).toBe(false);
  });

  it("names repeated types once, with a count", () => {
    expect(bundleLabel(["VISITED", "PRAISED", "VISITED", "VISITED"])).toBe("4 relations: VISITED ×3, PRAISED");
  });
});
