// The benchmark's baseline: the same document drawn by sigma with nothing else (no validation, no
// styling, no reducers, no layout), at the same starting positions as the explorer. bench:explore serves it an
// empty document and grows it with `__bench.resize` (the floor of a live action's frame).
import "./bare.css";
import Graph from "graphology";
import Sigma from "sigma";
import type { GraphDocument } from "@news-kg/schema";
import { initialPosition } from "../../src/core/layout/initial-positions.ts";

const document_ = (await (await fetch("graph.json")).json()) as GraphDocument;
performance.mark("web:validated");
const graph = new Graph({ multi: true });
const count = document_.entities.length;
for (const entity of document_.entities) graph.addNode(entity.id, { ...initialPosition(entity.id, count), size: 5, label: entity.name });
for (const relation of document_.relations) graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, { size: 1 });
performance.mark("web:graph-built");
const renderer = new Sigma(graph, document.getElementById("stage")!);
performance.mark("web:rendered");
/**
 * Adds (or drops) generated nodes and edges until the graph has `nodes` and `edges`, on a stage of `width` x
 * `height` pixels, then marks the next frame as the explorer does (`data-first-frame`). It has no layout.
 */
function resize(nodes: number, edges: number, width: number, height: number): void {
  const stage = document.getElementById("stage")!;
  if (stage.offsetWidth !== width || stage.offsetHeight !== height) {
    Object.assign(stage.style, { width: `${width}px`, height: `${height}px` });
    renderer.resize();
  }
  for (let i = graph.order; i < nodes; i++) graph.addNode(`n${i}`, { ...initialPosition(`n${i}`, nodes), size: 5, label: `Node ${i}` });
  while (graph.order > nodes) graph.dropNode(graph.nodes().at(-1)!);
  for (let i = graph.size; i < edges; i++) graph.addDirectedEdgeWithKey(`e${i}`, `n${i % nodes}`, `n${(i * 7 + 1) % nodes}`, { size: 1 });
  while (graph.size > edges) graph.dropEdge(graph.edges().at(-1)!);
  requestAnimationFrame(() => (document.body.dataset.firstFrame = String(performance.now())));
}
document.body.dataset.layout = "stopped";
Object.assign(window, { __bench: { ...(window as { __bench?: object }).__bench, renderer, resize } });
requestAnimationFrame(() => (document.body.dataset.firstFrame = String(performance.now())));
