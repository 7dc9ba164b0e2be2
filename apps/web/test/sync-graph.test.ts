import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { ExplorerGraph } from "../src/core/graph/build-graph.ts";
import { syncGraph } from "../src/core/graph/sync-graph.ts";
import { edgeStyle } from "../src/core/styling/edge-style.ts";

const node = (label: string, x: number, y: number, size: number) => ({ label, entityType: "PERSON" as const, color: "#000", size, x, y });
const met = edgeStyle("MET", "occurred");

describe("syncGraph", () => {
  it("drops what the new view lacks, adds what it brings, and keeps drawn nodes where they are", () => {
    const drawn: ExplorerGraph = new MultiDirectedGraph();
    drawn.addNode("a", node("A", 1, 1, 5));
    drawn.addNode("b", node("B", 2, 2, 5));
    drawn.addNode("c", node("C", 9, 9, 5));
    drawn.addDirectedEdgeWithKey("ab", "a", "b", { style: met });
    drawn.addDirectedEdgeWithKey("bc", "b", "c", { style: met });
    const next: ExplorerGraph = new MultiDirectedGraph();
    next.addNode("a", node("A", 100, 100, 9));
    next.addNode("b", node("B", 50, 50, 5));
    next.addNode("d", node("D", 3, 4, 6));
    next.addDirectedEdgeWithKey("ab", "a", "b", { style: met, curvature: 0.25 });
    next.addDirectedEdgeWithKey("ad", "a", "d", { style: met });

    syncGraph(drawn, next);

    expect(drawn.nodes()).toEqual(["a", "b", "d"]);
    // A drawn node keeps its place but takes its new size; a new one starts where the new view put it.
    expect(drawn.getNodeAttributes("a")).toMatchObject({ x: 1, y: 1, size: 9 });
    expect(drawn.getNodeAttributes("b")).toMatchObject({ x: 2, y: 2 });
    expect(drawn.getNodeAttributes("d")).toMatchObject({ label: "D", x: 3, y: 4, size: 6 });
    expect(drawn.edges()).toEqual(["ab", "ad"]);
    expect(drawn.getEdgeAttributes("ab").curvature).toBe(0.25);
    expect(drawn.extremities("ad")).toEqual(["a", "d"]);
  });

  it("straightens an edge whose parallel went away", () => {
    const drawn: ExplorerGraph = new MultiDirectedGraph();
    drawn.addNode("a", node("A", 0, 0, 5));
    drawn.addNode("b", node("B", 1, 0, 5));
    drawn.addDirectedEdgeWithKey("ab", "a", "b", { style: met, curvature: 0.25 });
    const next: ExplorerGraph = new MultiDirectedGraph();
    next.addNode("a", node("A", 0, 0, 5));
    next.addNode("b", node("B", 1, 0, 5));
    next.addDirectedEdgeWithKey("ab", "a", "b", { style: met });
    syncGraph(drawn, next);
    expect(drawn.getEdgeAttributes("ab")).toEqual({ style: met });
  });
});
