// The benchmark's baseline: the same document drawn by sigma with nothing else (no validation, no
// styling, no reducers, no layout), at the same starting positions as the explorer.
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
Object.assign(window, { __bench: { renderer } });
requestAnimationFrame(() => (document.body.dataset.firstFrame = String(performance.now())));
