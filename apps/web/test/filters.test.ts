import { describe, expect, it } from "vitest";
import { partialDateRange } from "../src/core/dates/partial-date.ts";
import { NO_FILTERS, toggled, type FilterState } from "../src/core/filters/filter-state.ts";
import { isEntityVisible, isRelationVisible } from "../src/core/filters/visibility.ts";

const met = { type: "MET", status: "occurred" } as const;
const june = partialDateRange("2024-06")!;

describe("filters", () => {
  it("shows everything when nothing is switched off", () => {
    expect(isRelationVisible(met, june, NO_FILTERS)).toBe(true);
    expect(isEntityVisible("PERSON", NO_FILTERS)).toBe(true);
  });

  it("hides switched-off relation types, statuses and entity types", () => {
    const filters: FilterState = {
      ...NO_FILTERS,
      hiddenRelationTypes: new Set(["MET"]),
      hiddenStatuses: new Set(["alleged"]),
      hiddenEntityTypes: new Set(["LOCATION"]),
    };
    expect(isRelationVisible(met, june, filters)).toBe(false);
    expect(isRelationVisible({ type: "SUPPLIED", status: "alleged" }, june, filters)).toBe(false);
    expect(isRelationVisible({ type: "SUPPLIED", status: "occurred" }, june, filters)).toBe(true);
    expect(isEntityVisible("LOCATION", filters)).toBe(false);
  });

  it("keeps relations whose days meet the range, and undated ones only when asked", () => {
    const filters: FilterState = { ...NO_FILTERS, dayRange: [partialDateRange("2024-06-19")![0], partialDateRange("2024-12")![1]] };
    expect(isRelationVisible(met, june, filters)).toBe(true); // June 2024 overlaps from the 19th on
    expect(isRelationVisible(met, partialDateRange("2024-05-31"), filters)).toBe(false);
    expect(isRelationVisible(met, undefined, filters)).toBe(false);
    expect(isRelationVisible(met, undefined, { ...filters, includeUndated: true })).toBe(true);
  });

  it("toggles set members without touching the original", () => {
    const original = new Set(["MET"]);
    expect([...toggled(original, "MET")]).toEqual([]);
    expect([...toggled(original, "SIGNED")]).toEqual(["MET", "SIGNED"]);
    expect([...original]).toEqual(["MET"]);
  });
});
