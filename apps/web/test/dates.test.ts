import { describe, expect, it } from "vitest";
import { dayToIsoDate, partialDateRange } from "../src/core/dates/partial-date.ts";
import { relationDate } from "../src/core/dates/relation-date.ts";
import { indexDocument } from "../src/core/data/document-index.ts";
import { miniGraph } from "./fixtures/load-fixture.ts";

const iso = (range: [number, number] | undefined) => range?.map(dayToIsoDate);

describe("partialDateRange", () => {
  it("covers the whole year, month or the single day", () => {
    expect(iso(partialDateRange("2024"))).toEqual(["2024-01-01", "2024-12-31"]);
    expect(iso(partialDateRange("2024-02"))).toEqual(["2024-02-01", "2024-02-29"]);
    expect(iso(partialDateRange("2023-12"))).toEqual(["2023-12-01", "2023-12-31"]);
    expect(iso(partialDateRange("2023-09-13"))).toEqual(["2023-09-13", "2023-09-13"]);
  });

  it("rejects anything else", () => {
    expect(partialDateRange("13/9/2023")).toBeUndefined();
    expect(partialDateRange("")).toBeUndefined();
  });
});

describe("relation dates", () => {
  const document = miniGraph();
  const index = indexDocument(document);

  it("uses the relation's own date, else the earliest reporting article", () => {
    expect(relationDate(index.relations.get("r-met")!, index.articles)).toEqual({ date: "2023-09-13", from: "text" });
    expect(relationDate(index.relations.get("r-invited")!, index.articles)).toEqual({ date: "2024-01-21", from: "article" });
  });

  it("puts standing facts (OFFICIAL_OF, LOCATED_IN) off the time line", () => {
    expect(index.relationDays.has("r-putin-nga")).toBe(false);
    expect(index.relationDays.has("r-pyongyang")).toBe(false);
    expect(iso(index.relationDays.get("r-thanked"))).toEqual(["2024-01-01", "2024-01-31"]);
  });

  it("spans the earliest to the latest dated relation", () => {
    expect(iso(index.dayExtent)).toEqual(["2023-09-13", "2024-06-19"]);
  });
});
