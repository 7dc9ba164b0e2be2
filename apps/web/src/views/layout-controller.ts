import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ExplorerGraph } from "../core/graph/build-graph.ts";
import { layoutSettings } from "../core/layout/layout-settings.ts";
import { createSettleDetector, type SettleVerdict } from "../core/layout/settle-detector.ts";

export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Iterations run since the page opened, and for how long (for the benchmark's iterations per second). */
  stats(): { iterations: number; runningMilliseconds: number };
  kill(): void;
}

/**
 * ForceAtlas2 in a web worker, stopped automatically once nodes barely move (or at a time and iteration
 * cap). Every iteration lands in the graph as one `eachNodeAttributesUpdated` event; each is observed.
 */
export function createLayoutController(
  graph: ExplorerGraph,
  onChange: (running: boolean, verdict?: Exclude<SettleVerdict, "running"> | "user") => void,
): LayoutController {
  // Made at the first start: the supervisor starts its worker at once, which a frame drawn meanwhile would wait for.
  let made: FA2Layout | undefined;
  const supervisor = () =>
    (made ??= new FA2Layout(graph, {
      settings: layoutSettings(graph.order),
      // Several relations between the same two entities pull as one, or they would end up on top of each other.
      getEdgeWeight: (_edge, _attributes, source, target) => 1 / graph.edges(source, target).length,
    }));
  const isRunning = () => made?.isRunning() ?? false;
  let detector = createSettleDetector();
  let startedAt = 0;
  let iterations = 0;
  let runningMilliseconds = 0;
  const snapshot = new Float64Array(graph.order * 2);

  const stop = (verdict: Exclude<SettleVerdict, "running"> | "user") => {
    if (!isRunning()) return;
    made?.stop();
    runningMilliseconds += performance.now() - startedAt;
    onChange(false, verdict);
  };
  const onIteration = () => {
    if (!isRunning()) return;
    iterations++;
    let i = 0;
    graph.forEachNode((_node, attributes) => {
      snapshot[i++] = attributes.x;
      snapshot[i++] = attributes.y;
    });
    // The detector keeps the previous snapshot, so it gets a copy.
    const verdict = detector.observe(snapshot.slice(), performance.now() - startedAt);
    if (verdict !== "running") stop(verdict);
  };
  graph.on("eachNodeAttributesUpdated", onIteration);

  return {
    start() {
      if (isRunning()) return;
      detector = createSettleDetector();
      startedAt = performance.now();
      supervisor().start();
      onChange(true);
    },
    stop: () => stop("user"),
    isRunning,
    stats: () => ({ iterations, runningMilliseconds: runningMilliseconds + (isRunning() ? performance.now() - startedAt : 0) }),
    kill() {
      graph.off("eachNodeAttributesUpdated", onIteration);
      made?.kill();
    },
  };
}
