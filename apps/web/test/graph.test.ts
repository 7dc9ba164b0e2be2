import { describe, expect, it } from "vitest";
import { parse } from "graphology-gexf";
import { MultiGraph } from "graphology";
import { indexDocument } from "../src/core/data/document-index.ts";
import { checkGraphDocument } from "../src/core/data/check-graph-document.ts";
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
    // Putin has the most relations (6): the largest size, 18. Peskov has one: 4 + 14 * sqrt(1/6).
    expect(graph.getNodeAttribute("person:vladimir-putin", "size")).toBe(18);
    expect(graph.getNodeAttribute("person:dmitry-peskov", "size")).toBeCloseTo(9.7155, 4);
    expect(nodeSizeForDegree(0, 0)).toBe(4);
  });

  it("draws symmetric relations without arrows and fans out parallel edges", () => {
    // Kim and Putin share four relations: MET, SIGNED, INVITED and THANKED.
    const between = graph.edges("person:kim-jong-un", "person:vladimir-putin"); // both directions
    expect(between).toHaveLength(4);
    // Each edge on its own track: curvature seen from Kim's side (a reversed edge bends the other way).
    const tracks = between.map((e) => (graph.getEdgeAttribute(e, "curvature") ?? 0) * (graph.source(e) === "person:kim-jong-un" ? 1 : -1));
    expect(new Set(tracks).size).toBe(4);
    // Four edges, 0.3 apart around the straight line, in document order: -0.45, -0.15, 0.15, 0.45 seen from Kim.
    // THANKED runs from Putin to Kim, so its 0.45 is stored as -0.45.
    const curvature = (edge: string) => graph.getEdgeAttribute(edge, "curvature") as number;
    expect(curvature("r-met")).toBeCloseTo(-0.45, 12);
    expect(curvature("r-signed")).toBeCloseTo(-0.15, 12);
    expect(curvature("r-invited")).toBeCloseTo(0.15, 12);
    expect(curvature("r-thanked")).toBeCloseTo(-0.45, 12);
    expect(edgeProgram(graph.getEdgeAttributes("r-met"))).toBe("curved");
    expect(edgeProgram(graph.getEdgeAttributes("r-invited"))).toBe("curvedArrow");
    expect(edgeProgram(graph.getEdgeAttributes("r-pyongyang"))).toBe("arrow");
    // Planned (Putin's visit to Bình Nhưỡng) and alleged (the supplies) relations are dashed and dotted.
    expect(graph.getEdgeAttributes("r-visit").style.dash).toEqual([7, 4]);
    expect(graph.getEdgeAttributes("r-supplied").style.dash).toEqual([2, 3]);
    // LOCATED_IN's grey from the palette, at full strength and width because it occurred; a directed relation.
    expect(graph.getEdgeAttributes("r-pyongyang")).toEqual({
      style: { relationType: "LOCATED_IN", status: "occurred", color: "#a0a0a0", size: 2.5, arrow: true, label: "LOCATED_IN" },
    });
  });

  it("draws planned and alleged relations fainter, thinner, dashed and dotted, and occurred ones solid", () => {
    const occurred = edgeStyle("SUPPLIED", "occurred");
    const alleged = edgeStyle("SUPPLIED", "alleged");
    expect(occurred.color).toBe("#7b4fa0");
    expect(alleged.color).toBe("rgba(123,79,160,0.75)");
    expect([occurred.dash, edgeStyle("SUPPLIED", "planned").dash, alleged.dash]).toEqual([undefined, [7, 4], [2, 3]]);
    expect([occurred.size, alleged.size, edgeStyle("SUPPLIED", "planned").size]).toEqual([2.5, 1.5, 2]);
    expect(edgeStyle("VISITED", "planned").label).toBe("VISITED (planned)");
    // MET reads the same both ways: no arrow.
    expect(edgeStyle("MET", "occurred")).toEqual({
      relationType: "MET",
      status: "occurred",
      color: "#3b6fb6",
      size: 2.5,
      arrow: false,
      label: "MET",
    });
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

  it("reports schema problems with their paths instead of throwing", () => {
    const broken = { ...document, relations: [{ ...document.relations[0], target: "nobody" }] };
    const result = checkGraphDocument(broken, "broken.json");
    expect(result).toMatchObject({ ok: false, issues: [{ path: "relations[0].target", message: 'unknown entity "nobody"' }] });
    expect(checkGraphDocument(document, "ok.json").ok).toBe(true);
  });

  it("hashes text with cyrb53, as 14 hex digits", () => {
    // cyrb53's published values: "a" -> 7929297801672961, "revenge" -> 4051478007546757, "revenue" -> 8309097637345594.
    expect(hashText("a")).toBe((7929297801672961).toString(16));
    expect(hashText("revenge")).toBe("0e64cc3b748385"); // 4051478007546757, padded to 14 digits
    expect(hashText("revenue")).toBe("1d85148d13f93a"); // 8309097637345594: one letter apart, far apart
    // Computed with an independent Python cyrb53 over the UTF-16 code units (as charCodeAt reads them).
    expect(hashText("")).toBe("0bdcb81aee8d83");
    expect(hashText("Bình Nhưỡng")).toBe("100fd5303d7f21");
    expect(hashText("Binh Nhuong")).toBe("0bc2446b92a950");
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
    // LOCATED_IN, occurred: the palette's grey at full width.
    expect(reducers.edgeReducer("r-pyongyang", graph.getEdgeAttributes("r-pyongyang"))).toEqual({
      color: "#a0a0a0",
      size: 2.5,
      type: "arrow",
      curvature: 0,
      label: "",
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    });
    const met = reducers.edgeReducer("r-met", graph.getEdgeAttributes("r-met"));
    expect(met.type).toBe("curved"); // MET has no arrow; first of Kim and Putin's four edges
    expect((met as { curvature?: number }).curvature).toBeCloseTo(-0.45, 12);
  });

  it("labels, hides and mutes edges by state", () => {
    reducers.setState({ filters, labelAllEdges: true });
    expect(reducers.edgeReducer("r-pyongyang", graph.getEdgeAttributes("r-pyongyang")).label).toBe("LOCATED_IN");
    reducers.setState({ filters: { ...filters, hiddenRelationTypes: new Set(["LOCATED_IN"] as const) }, labelAllEdges: false });
    expect(reducers.edgeReducer("r-pyongyang", graph.getEdgeAttributes("r-pyongyang")).hidden).toBe(true);
    reducers.setState({ filters, labelAllEdges: false, selectedNode: "person:vladimir-putin", selectedRelation: "r-met" });
    expect(reducers.edgeReducer("r-met", graph.getEdgeAttributes("r-met"))).toMatchObject({ label: "MET", forceLabel: true, zIndex: 2 });
    expect(reducers.edgeReducer("r-pyongyang", graph.getEdgeAttributes("r-pyongyang")).color).toBe(MUTED_COLOR);
    expect(reducers.nodeReducer("person:kim-jong-un", graph.getNodeAttributes("person:kim-jong-un"))).toMatchObject({
      selected: true,
      forceLabel: true,
      zIndex: 2,
    });
    // Not sigma's `highlighted`: that would draw it on the hover layers, hidden unless a node is pointed at.
    expect(reducers.nodeReducer("person:kim-jong-un", graph.getNodeAttributes("person:kim-jong-un"))).not.toHaveProperty("highlighted");
  });
});
