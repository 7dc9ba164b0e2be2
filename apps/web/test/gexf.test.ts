import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { indexDocument } from "../src/core/data/document-index.ts";
import { graphToGexf } from "../src/core/export/graph-to-gexf.ts";
import { withTimeIntervals } from "../src/core/export/gexf-time-intervals.ts";
import { pictureCaption } from "../src/core/export/picture-caption.ts";
import { NO_FILTERS } from "../src/core/filters/filter-state.ts";
import { buildGraph } from "../src/core/graph/build-graph.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

describe("GEXF of the view", () => {
  const document = miniGraph();
  const index = indexDocument(document);
  const graph = buildGraph(document);

  it("holds only what is shown, MET and SIGNED undirected, with evidence counts and article ids", () => {
    const kimAndPutin = new Set(["person:kim-jong-un", "person:vladimir-putin"]);
    const gexf = graphToGexf(
      graph,
      index,
      (node) => kimAndPutin.has(node),
      (edge) => edge !== "r-invited",
    );
    const back = parse(MultiGraph, gexf);
    expect(back.nodes().sort()).toEqual(["person:kim-jong-un", "person:vladimir-putin"]);
    // Kim and Putin share r-met, r-signed, r-invited (left out) and r-thanked.
    expect(back.edges().sort()).toEqual(["r-met", "r-signed", "r-thanked"]);
    expect(back.isUndirected("r-met")).toBe(true);
    expect(back.isUndirected("r-signed")).toBe(true);
    expect(back.isDirected("r-thanked")).toBe(true);
    expect(back.getEdgeAttributes("r-met")).toMatchObject({ evidence: 1, articles: "a2", date: "2023-09-13", date_from: "text" });
  });

  it("gives dated relations their days as time intervals for Gephi's timeline", () => {
    const gexf = graphToGexf(graph, index);
    expect(gexf).toMatch(/<graph mode="dynamic" timeformat="date" /);
    expect(gexf).toMatch(/<edge id="r-met" start="2023-09-13" end="2023-09-13" type="undirected"/);
    // THANKED is dated "2024-01" in the text: the whole month.
    expect(gexf).toMatch(/<edge id="r-thanked"[^>]* start="2024-01-01" end="2024-01-31"/);
    // A standing fact has no interval: it holds in every slice.
    expect(gexf).toMatch(/<edge id="r-putin-nga"(?![^>]*start=)[^>]*>/);
  });

  it("finds an edge's days by its id even when the id needed escaping", () => {
    const gexf = '<graph defaultedgetype="directed"><edges><edge id="a&amp;b" source="x" target="y"/></edges></graph>';
    expect(withTimeIntervals(gexf, new Map([["a&b", [19_800, 19_801] as [number, number]]]))).toBe(
      '<graph mode="dynamic" timeformat="date" defaultedgetype="directed"><edges><edge id="a&amp;b" start="2024-03-18" end="2024-03-19" source="x" target="y"/></edges></graph>',
    );
  });
});

describe("the picture's caption", () => {
  it("says what is shown, hidden and dated", () => {
    const lines = pictureCaption({
      filters: {
        hiddenEntityTypes: new Set(["LOCATION"]),
        hiddenRelationTypes: new Set(["MET"]),
        hiddenStatuses: new Set(["alleged"]),
        dayRange: [19_800, 19_801],
      },
      shown: { entities: 5, relations: 7 },
      total: { entities: 10, relations: 14 },
      exploring: "Neighbourhood of Vladimir Putin, 2 hops.",
    });
    expect(lines).toEqual([
      "Shown: 5 of 10 entities, 7 of 14 relations (unconnected entities hidden).",
      "Hidden: LOCATION entities, MET relations, alleged relations.",
      "Dates: 2024-03-18 to 2024-03-19, undated relations and standing facts left out.",
      "Neighbourhood of Vladimir Putin, 2 hops.",
    ]);
    expect(
      pictureCaption({
        filters: { ...NO_FILTERS, showOrphans: true },
        shown: { entities: 1, relations: 0 },
        total: { entities: 1, relations: 0 },
      }),
    ).toEqual(["Shown: 1 of 1 entities, 0 of 0 relations.", "No type or status hidden.", "Dates: all, undated relations included."]);
  });
});
