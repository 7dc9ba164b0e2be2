import { trackYears } from "../src/core/dates/track-years.ts";
import { describe, expect, it } from "vitest";
import { indexDocument } from "../src/core/data/document-index.ts";
import { bulkExtent } from "../src/core/dates/bulk-extent.ts";
import { partialDateRange } from "../src/core/dates/partial-date.ts";
import { timeSummary } from "../src/core/dates/time-summary.ts";
import { dayHistogram } from "../src/core/dates/day-histogram.ts";
import { NO_FILTERS } from "../src/core/filters/filter-state.ts";
import { isRelationVisible } from "../src/core/filters/visibility.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

const single = (day: number): [number, number] => [day, day];

describe("the time line's track", () => {
  it("spans the bulk of the dates and lists the outliers", () => {
    // Middles 0, 100, 110, ..., 170, 10000: Q1 = 110 (rank 2), Q3 = 160 (rank 7), IQR 50, fences at
    // max(1.5 * 50, 90) = 90 days: 20 to 250. Day 0 and day 10000 fall outside.
    const days = new Map<string, [number, number]>([
      ["old", single(0)],
      ...[100, 110, 120, 130, 140, 150, 160].map((d): [string, [number, number]] => [`r${d}`, single(d)]),
      ["month", [165, 175]],
      ["far", single(10_000)],
    ]);
    expect(bulkExtent(days)).toEqual({ extent: [100, 175], outliers: ["old", "far"] });
  });

  it("keeps everything when the dates are close", () => {
    const days = new Map<string, [number, number]>([
      ["a", single(10)],
      ["b", single(10)],
      ["c", single(60)],
    ]);
    expect(bulkExtent(days)).toEqual({ extent: [10, 60], outliers: [] });
    expect(bulkExtent(new Map())).toBeUndefined();
  });
});

describe("the histogram", () => {
  it("counts each relation once, in the slice of its middle day", () => {
    // Extent 0..99 in 4 slices of 25 days: [0, 24], [25, 49], [50, 74], [75, 99].
    const days: [number, number][] = [single(0), single(24), single(25), [40, 70], single(99), single(150)];
    // [40, 70] has its middle at 55 (third slice); day 150 is off the track.
    expect(dayHistogram(days, [0, 99], 4)).toEqual([2, 1, 1, 1]);
  });
});

describe("undated relations under a date range", () => {
  const met = { type: "MET", status: "occurred" } as const;
  it("are hidden once a range is set, unless asked for", () => {
    expect(isRelationVisible(met, undefined, NO_FILTERS)).toBe(true);
    expect(isRelationVisible(met, undefined, { ...NO_FILTERS, dayRange: [0, 10] })).toBe(false);
    expect(isRelationVisible(met, undefined, { ...NO_FILTERS, dayRange: [0, 10], includeUndated: true })).toBe(true);
    expect(isRelationVisible(met, single(5), { ...NO_FILTERS, dayRange: [0, 10] })).toBe(true);
  });
});

describe("the time line's summary of what the other filters show", () => {
  // Fixture by hand: dated are r-met (2023-09-13), r-signed (2024-06-19), r-thanked (2024-01), r-lavrov-choe
  // (2024-01-16) from the text, and from their articles r-invited and r-visit (a1, 2024-01-21), r-accused and
  // r-supplied (a3, 2024-01-17); the six standing facts have no date; no event is undated.
  const index = indexDocument(miniGraph());
  const track: [number, number] = [partialDateRange("2023-09-01")![0], partialDateRange("2024-06-30")![1]];

  it("counts dated relations per slice, and the undated and standing ones", () => {
    // Ten slices of 30.4 days from 2023-09-01: September 2023 holds r-met; 2024-01-16..21 (and r-thanked,
    // January 2024, middle on the 16th) fall in the fifth slice (days 122-152); 2024-06-19 in the last.
    expect(timeSummary(index, NO_FILTERS, track, 10)).toEqual({ histogram: [1, 0, 0, 0, 6, 0, 0, 0, 0, 1], undated: 0, standing: 6 });
  });

  it("ignores the date range itself but follows the other filters", () => {
    const filters = { ...NO_FILTERS, dayRange: track, hiddenRelationTypes: new Set(["OFFICIAL_OF", "MET"] as const) };
    expect(timeSummary(index, filters, track, 10)).toEqual({ histogram: [0, 0, 0, 0, 5, 0, 0, 0, 0, 1], undated: 0, standing: 1 });
  });
});

describe("trackYears", () => {
  it("offers each calendar year the track touches, whole, and none on a track of many years", () => {
    // 2023-09-15 is day 19615 and 2024-07-25 day 19929; 2023 runs from day 19358 to 19722, 2024 (a leap year) from 19723 to 20088.
    expect(trackYears([19615, 19929])).toEqual([
      { year: "2023", days: [19358, 19722] },
      { year: "2024", days: [19723, 20088] },
    ]);
    // 2000-01-01 (day 10957) to 2010-01-01 (day 14610): eleven years, more than fit.
    expect(trackYears([10957, 14610])).toEqual([]);
  });
});
