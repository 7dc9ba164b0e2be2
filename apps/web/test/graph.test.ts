import { describe, expect, it } from "vitest";
import { parse } from "graphology-gexf";
import { MultiGraph } from "graphology";
import { indexDocument } from "../src/core/data/document-index.ts";
import { parseGraphText } from "../src/core/data/parse-graph-text.ts";
import { hashText } from "../src/core/data/document-hash.ts";
import { graphToGexf } from "../src/core/export/graph-to-gexf.ts";
import { buildGraph } from "../src/core/graph/build-graph.ts";
import { createDisplayReducers } from "../src/core/display/display-reducers.ts";
import { edgeProgram } from "../src/core/graph/graph-attributes.ts";
import { parallelEdgeCurvatures } from "../src/core/graph/parallel-edges.ts";
import { legendCounts } from "../src/core/legend/legend-counts.ts";
import { relationsByType } from "../src/core/panel/relations-by-type.ts";
import { edgeStyle } from "../src/core/styling/edge-style.ts";
import { MUTED_COLOR } from "../src/core/styling/palette.ts";
import { nodeSizeForDegree } from "../src/core/styling/node-size.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

describe("buildGraph", () => {
  const document = miniGraph();
  const graph = buildGraph(document, new Map([["person:vladimir-putin", { x: 7, y: 8 }]]));

  it("has one node per entity and one edge per relation, keyed by id", () => {
    expect(graph.order).toBe(document.entities.length);
    expect(graph.size).toBe(document.relations.length);
    expect(graph.getNodeAttributes("person:vladimir-putin")).toMatchObject({ label: "Vladimir Putin", entityType: "PERSON", x: 7, y: 8 });
    expect(graph.extremities("r-met")).toEqual(["person:kim-jong-un", "person:vladimir-putin"]);
  });

  it("sizes nodes by degree", () => {
    const putin = graph.getNodeAttribute("person:vladimir-putin", "size");
    const peskov = graph.getNodeAttribute("person:dmitry-peskov", "size");
    expect(putin).toBeGreaterThan(peskov);
    expect(nodeSizeForDegree(0, 0)).toBe(4);
  });

  it("draws symmetric relations without arrows and fans out parallel edges", () => {
    // Kim and Putin share four relations: MET, SIGNED, INVITED and THANKED.
    const between = graph.edges("person:kim-jong-un", "person:vladimir-putin"); // both directions
    expect(between).toHaveLength(4);
    // Each edge on its own track: curvature seen from Kim's side (a reversed edge bends the other way).
    const tracks = between.map((e) => (graph.getEdgeAttribute(e, "curvature") ?? 0) * (graph.source(e) === "person:kim-jong-un" ? 1 : -1));
    expect(new Set(tracks).size).toBe(4);
    expect(edgeProgram(graph.getEdgeAttributes("r-met"))).toBe("curved");
    expect(edgeProgram(graph.getEdgeAttributes("r-invited"))).toBe("curvedArrow");
    expect(edgeProgram(graph.getEdgeAttributes("r-pyongyang"))).toBe("arrow");
    expect(graph.getEdgeAttributes("r-pyongyang")).toEqual({ style: edgeStyle("LOCATED_IN", "occurred") });
  });

  it("draws planned and alleged relations fainter and thinner than occurred ones", () => {
    const occurred = edgeStyle("SUPPLIED", "occurred");
    const alleged = edgeStyle("SUPPLIED", "alleged");
    expect(occurred.color).toBe("#7b4fa0");
    expect(alleged.color).toBe("rgba(123,79,160,0.5)");
    expect(alleged.size).toBeLessThan(occurred.size);
    expect(edgeStyle("VISITED", "planned").label).toBe("VISITED (planned)");
  });
});

describe("parallelEdgeCurvatures", () => {
  it("keeps a lone edge straight and puts reversed parallel edges on their own side", () => {
    const curvatures = parallelEdgeCurvatures([
      { id: "e1", source: "a", target: "b" },
      { id: "e2", source: "b", target: "a" },
      { id: "e3", source: "a", target: "c" },
    ]);
    expect(curvatures.has("e3")).toBe(false); // alone: straight, no entry
    expect(curvatures.get("e1")).toBe(-0.15);
    expect(curvatures.get("e2")).toBe(-0.15); // reversed: the same sign bends it to the other side
  });

  it("caps the bend of the outermost of many parallel edges", () => {
    // Ten edges a → b: 0.3 apart they would reach ±1.35; the step shrinks to 2 × 0.6 / 9 = 0.1333…, so
    // offsets run from -0.6 to +0.6.
    const edges = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, source: "a", target: "b" }));
    const curvatures = parallelEdgeCurvatures(edges);
    expect(curvatures.get("e0")).toBeCloseTo(-0.6, 10);
    expect(curvatures.get("e9")).toBeCloseTo(0.6, 10);
    expect(curvatures.get("e1")! - curvatures.get("e0")!).toBeCloseTo(0.6 / 4.5, 10);
  });
});

describe("document helpers", () => {
  const document = miniGraph();
  const index = indexDocument(document);

  it("groups an entity's relations by type, biggest group first", () => {
    const groups = relationsByType("person:vladimir-putin", index);
    expect(groups.map((g) => g.type)).toEqual(["INVITED", "MET", "OFFICIAL_OF", "SIGNED", "THANKED", "VISITED"]);
    const met = groups.find((g) => g.type === "MET")!.entries[0]!;
    expect(met.other.name).toBe("Kim Jong Un");
    expect(met.direction).toBe("in");
  });

  it("counts entity types, relation types and statuses", () => {
    const counts = legendCounts(document);
    expect(counts.entityTypes.get("PERSON")).toBe(5);
    expect(counts.relationTypes.get("OFFICIAL_OF")).toBe(5);
    expect(counts.statuses.get("planned")).toBe(1);
  });

  it("reports JSON and schema problems with their paths instead of throwing", () => {
    expect(parseGraphText("{", "bad.json")).toMatchObject({ ok: false, message: expect.stringMatching(/^web: bad.json is not JSON/) });
    const broken = { ...document, relations: [{ ...document.relations[0], target: "nobody" }] };
    const result = parseGraphText(JSON.stringify(broken), "broken.json");
    expect(result).toMatchObject({ ok: false, issues: [{ path: "relations[0].target", message: 'unknown entity "nobody"' }] });
    expect(parseGraphText(JSON.stringify(document), "ok.json").ok).toBe(true);
  });

  it("hashes text stably", () => {
    expect(hashText("Bình Nhưỡng")).toBe(hashText("Bình Nhưỡng"));
    expect(hashText("Bình Nhưỡng")).not.toBe(hashText("Binh Nhuong"));
    expect(hashText("")).toMatch(/^[0-9a-f]{14}$/);
  });

  it("exports GEXF that Gephi's format reader takes back with labels, types and positions", () => {
    const graph = buildGraph(document);
    const gexf = graphToGexf(graph, index);
    const back = parse(MultiGraph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes("location:binh-nhuong")).toMatchObject({ label: "Bình Nhưỡng", type: "LOCATION", aliases: "Pyongyang" });
    expect(back.getNodeAttribute("location:binh-nhuong", "x")).toBeCloseTo(graph.getNodeAttribute("location:binh-nhuong", "x"), 3);
    expect(back.getEdgeAttributes("r-supplied")).toMatchObject({ type: "SUPPLIED", status: "alleged", cameo: "072" });
  });
});

describe("display reducers", () => {
  const document = miniGraph();
  const graph = buildGraph(document);
  const reducers = createDisplayReducers(graph, indexDocument(document));
  const filters = { hiddenRelationTypes: new Set<never>(), hiddenEntityTypes: new Set<never>(), hiddenStatuses: new Set<never>() };

  it("spells out every field sigma reads from an edge's style, so sigma's defaults add none", () => {
    reducers.setState({ filters, labelAllEdges: false, splitAll: true });
    const style = edgeStyle("LOCATED_IN", "occurred");
    expect(reducers.edgeReducer("r-pyongyang", graph.getEdgeAttributes("r-pyongyang"))).toEqual({
      color: style.color,
      size: style.size,
      type: "arrow",
      curvature: 0,
      label: "",
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    });
    expect(reducers.edgeReducer("r-met", graph.getEdgeAttributes("r-met"))).toMatchObject({
      type: "curved",
      curvature: graph.getEdgeAttribute("r-met", "curvature"),
    });
  });

  it("labels, hides and mutes edges by state", () => {
    reducers.setState({ filters, labelAllEdges: true });
    expect(reducers.edgeReducer("r-pyongyang", graph.getEdgeAttributes("r-pyongyang")).label).toBe("LOCATED_IN");
    reducers.setState({ filters: { ...filters, hiddenRelationTypes: new Set(["LOCATED_IN"] as const) }, labelAllEdges: false });
    expect(reducers.edgeReducer("r-pyongyang", graph.getEdgeAttributes("r-pyongyang")).hidden).toBe(true);
    reducers.setState({ filters, labelAllEdges: false, selectedNode: "person:vladimir-putin", selectedRelation: "r-met" });
    expect(reducers.edgeReducer("r-met", graph.getEdgeAttributes("r-met"))).toMatchObject({ label: "MET", forceLabel: true, zIndex: 2 });
    expect(reducers.edgeReducer("r-pyongyang", graph.getEdgeAttributes("r-pyongyang")).color).toBe(MUTED_COLOR);
    expect(reducers.nodeReducer("person:kim-jong-un", graph.getNodeAttributes("person:kim-jong-un"))).toMatchObject({ highlighted: true });
  });
});
