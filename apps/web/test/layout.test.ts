import { describe, expect, it } from "vitest";
import { initialPosition } from "../src/core/layout/initial-positions.ts";
import { createPositionCache } from "../src/core/layout/position-cache.ts";
import { createSettleDetector, meanDisplacement } from "../src/core/layout/settle-detector.ts";
import { layoutSettings } from "../src/core/layout/layout-settings.ts";

/** A Storage over a Map, with an optional byte budget to simulate a full quota. */
function memoryStorage(budget = Infinity): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      const used = [...items].reduce((sum, [k, v]) => sum + (k === key ? 0 : v.length), 0);
      if (used + value.length > budget) throw new DOMException("quota", "QuotaExceededError");
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe("settle detector", () => {
  it("measures mean displacement", () => {
    expect(meanDisplacement(new Float64Array([0, 0, 1, 1]), new Float64Array([3, 4, 1, 1]))).toBe(2.5);
  });

  it("says settled after enough calm iterations", () => {
    const detector = createSettleDetector({ threshold: 0.01, patience: 3, maxIterations: 100, maxMilliseconds: 1e9 });
    const verdicts = [0, 50, 50.01, 50.02, 50.03].map((shift) => detector.observe(new Float64Array([shift, 0, shift + 100, 0]), 0));
    expect(verdicts).toEqual(["running", "running", "running", "running", "settled"]);
  });

  it("caps by iterations and by time", () => {
    const byCount = createSettleDetector({ threshold: 0.01, patience: 3, maxIterations: 2, maxMilliseconds: 1e9 });
    byCount.observe(new Float64Array([0, 0, 1, 0]), 0);
    expect(byCount.observe(new Float64Array([9, 0, 1, 0]), 0)).toBe("capped");
    const byTime = createSettleDetector({ threshold: 0.01, patience: 3, maxIterations: 100, maxMilliseconds: 500 });
    expect(byTime.observe(new Float64Array([0, 0, 1, 0]), 600)).toBe("capped");
  });
});

describe("position cache", () => {
  const positions = new Map([
    ["a", { x: 1.234, y: -2 }],
    ["b", { x: 0, y: 3.5 }],
  ]);

  it("restores positions saved for the same document", () => {
    const cache = createPositionCache(memoryStorage());
    cache.save("h1", positions);
    expect(cache.load("h1", ["a", "b"])).toEqual(
      new Map([
        ["a", { x: 1.23, y: -2 }],
        ["b", { x: 0, y: 3.5 }],
      ]),
    );
  });

  it("gives nothing for another document, a missing node or corrupt data", () => {
    const storage = memoryStorage();
    const cache = createPositionCache(storage);
    cache.save("h1", positions);
    expect(cache.load("h2", ["a", "b"])).toBeUndefined();
    expect(cache.load("h1", ["a", "b", "c"])).toBeUndefined();
    storage.setItem("news-kg:layout:h3", "{not json");
    expect(cache.load("h3", ["a"])).toBeUndefined();
  });

  it("makes room by dropping other documents' layouts when storage is full", () => {
    const storage = memoryStorage(40);
    const cache = createPositionCache(storage);
    expect(cache.save("old", positions)).toBe(true);
    expect(cache.save("new", positions)).toBe(true);
    expect(cache.load("old", ["a"])).toBeUndefined();
    expect(cache.load("new", ["a", "b"])).toEqual(
      new Map([
        ["a", { x: 1.23, y: -2 }],
        ["b", { x: 0, y: 3.5 }],
      ]),
    );
    expect(storage.length).toBe(1);
  });
});

describe("initial positions and settings", () => {
  it("places a node the same way every time, spread with the node count", () => {
    // Worked out in Python from the id's cyrb53 hash (943737846705478): angle (500433 / 1000003) * 2pi, just past pi,
    // radius sqrt(751046 / 999983) * 10 * sqrt(10) = 27.4055: a point just left of and below the origin.
    const putin = initialPosition("person:vladimir-putin", 10);
    expect(putin.x).toBeCloseTo(-27.40535, 4);
    expect(putin.y).toBeCloseTo(-0.0743, 4);
    const points = Array.from({ length: 200 }, (_, i) => initialPosition(`n${i}`, 200));
    const radius = Math.max(...points.map((p) => Math.hypot(p.x, p.y)));
    expect(radius).toBeLessThanOrEqual(10 * Math.sqrt(200));
    expect(radius).toBeGreaterThan(5 * Math.sqrt(200));
  });

  it("turns Barnes-Hut on for big graphs only", () => {
    expect(layoutSettings(100)).toMatchObject({ barnesHutOptimize: false, gravity: 1 });
    expect(layoutSettings(10_000).barnesHutOptimize).toBe(true);
  });
});
