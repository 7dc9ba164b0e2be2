import { describe, expect, it } from "vitest";
import { checkFloors } from "../src/index.ts";

const floors = { vi: { f1: 0.8 }, en: { f1: 0.44 }, note: "measured today" };

describe("checkFloors", () => {
  it("passes at or above the floor and up to 0.02 below it", () => {
    expect(checkFloors({ vi: 0.85, en: 0.44 }, floors).map((c) => c.ok)).toEqual([true, true]);
    expect(checkFloors({ vi: 0.781, en: 0.421 }, floors)).toEqual([
      { lang: "vi", f1: 0.781, floor: 0.8, drop: 0.019, ok: true },
      { lang: "en", f1: 0.421, floor: 0.44, drop: 0.019, ok: true },
    ]);
    expect(checkFloors({ vi: 0.78, en: 0.42 }, floors).map((c) => c.ok)).toEqual([true, true]); // exactly 0.02 below
  });

  it("fails a language more than 0.02 below its floor", () => {
    expect(checkFloors({ vi: 0.779, en: 0.44 }, floors)).toEqual([
      { lang: "vi", f1: 0.779, floor: 0.8, drop: 0.021, ok: false },
      { lang: "en", f1: 0.44, floor: 0.44, drop: 0, ok: true },
    ]);
    expect(checkFloors({ vi: 0.8, en: 0.419 }, floors).map((c) => c.ok)).toEqual([true, false]);
  });

  it("fails a floor with no measurement and ignores the note", () => {
    const [vi, en] = checkFloors({ vi: 0.8 }, floors);
    expect(vi!.ok).toBe(true);
    expect(en!.ok).toBe(false);
    expect(checkFloors({ vi: 0.8 }, { note: "none yet" })).toEqual([]);
  });

  it("takes another tolerance", () => {
    expect(checkFloors({ vi: 0.79 }, { vi: { f1: 0.8 } }, 0.005)[0]!.ok).toBe(false);
  });
});
