import { describe, expect, it } from "vitest";
import { chooseLabels } from "../src/core/labels/choose-labels.ts";
import { boxesOverlap, type OrientedBox } from "../src/core/labels/oriented-box.ts";

const box = (x: number, y: number, halfWidth: number, halfHeight: number, angle = 0): OrientedBox => ({
  x,
  y,
  halfWidth,
  halfHeight,
  angle,
});

describe("boxesOverlap", () => {
  it("tells overlapping, touching and separate boxes apart, level or turned", () => {
    const a = box(0, 0, 10, 5);
    expect(boxesOverlap(a, box(15, 0, 10, 5))).toBe(true); // 15 apart, 10 + 10 wide
    expect(boxesOverlap(a, box(20, 0, 10, 5))).toBe(false); // they touch
    expect(boxesOverlap(a, box(0, 10.5, 10, 5))).toBe(false); // 10.5 apart, 5 + 5 high
    // A thin bar and the same bar turned a quarter: a cross.
    expect(boxesOverlap(box(0, 0, 10, 1), box(0, 0, 10, 1, Math.PI / 2))).toBe(true);
    // A bar along y = x (from about (-7.07, -7.07) to (7.07, 7.07)) and a square of side 4 below it: level
    // boxes around them would overlap, but the square's centre (6, -6) is 12 / √2 ≈ 8.49 from the bar's
    // line, more than the bar's 1 plus the square's 2√2 ≈ 2.83 reach across it.
    const diagonal = box(0, 0, 10, 1, Math.PI / 4);
    expect(boxesOverlap(diagonal, box(6, -6, 2, 2))).toBe(false);
    // At (2, -2) the square is 4 / √2 ≈ 2.83 from the line: less than 3.83.
    expect(boxesOverlap(diagonal, box(2, -2, 2, 2))).toBe(true);
  });
});

describe("chooseLabels", () => {
  // Three labels 8 px apart, 12 px high: each overlaps its neighbours, the outer two do not overlap.
  const stacked = [box(0, 0, 20, 6), box(0, 8, 20, 6), box(0, 16, 20, 6)];

  it("keeps a label only when it covers none kept before it, in the order given", () => {
    expect(chooseLabels(stacked.map((b) => ({ boxes: [b], priority: 0 })))).toEqual([0, 2]);
  });

  it("gives the selected relation's label (higher priority) the room first", () => {
    const candidates = stacked.map((b, i) => ({ boxes: [b], priority: i === 1 ? 2 : 0 }));
    expect(chooseLabels(candidates)).toEqual([1]);
  });

  it("tests a curved label letter by letter, and keeps a label that draws nothing", () => {
    // Letters 10 px apart, 4 px half wide: a gap of 2 px between them that a 1 px letter fits in, a 5 px one does not.
    const curved = { boxes: [box(100, 0, 4, 6), box(110, 0, 4, 6)], priority: 0 };
    const fits = { boxes: [box(105, 0, 0.5, 6)], priority: 0 };
    const overlaps = { boxes: [box(118, 0, 5, 6)], priority: 0 };
    expect(chooseLabels([curved, fits, overlaps, { boxes: [], priority: 0 }])).toEqual([0, 1, 3]);
  });
});
