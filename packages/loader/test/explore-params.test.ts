// The explorer API's pure parts: the search text as a Lucene query, the checked query-string filters, the
// overview's cache.
import { RELATION_STATUSES, RELATION_TYPES } from "@news-kg/schema";
import { describe, expect, it } from "vitest";
import { entitySearchQuery } from "../src/explore/search-entities.ts";
import { cached } from "../src/explore/cached.ts";
import { filterParams } from "../src/explore/explore-params.ts";

describe("entitySearchQuery", () => {
  it("folds the text and keeps only words: every one required, the last also as a prefix", () => {
    expect(entitySearchQuery("Nguyễn Phú Trọng")).toBe("nguyen AND phu AND (trong OR trong*)");
    expect(entitySearchQuery("Đà")).toBe("(da OR da*)");
    expect(entitySearchQuery('name:putin OR "kim*" \\ ~2 ^3 (x) [a TO b] && ||')).toBe(
      "name AND putin AND or AND kim AND 2 AND 3 AND x AND a AND to AND (b OR b*)",
    );
    expect(entitySearchQuery(" *?! ")).toBeUndefined();
    expect(entitySearchQuery("a ".repeat(16))).toBe(`${"a AND ".repeat(15)}(a OR a*)`);
    expect(() => entitySearchQuery("a ".repeat(17))).toThrow('explore: parameter "q" has more than 16 words');
  });
});

describe("filterParams", () => {
  const parse = (query: string, dated = true) => filterParams(new URLSearchParams(query), { dated });

  it("reads types, statuses, dates and undated; absent lists are everything, empty ones nothing", () => {
    expect(parse("")).toEqual({ types: RELATION_TYPES, statuses: RELATION_STATUSES, undated: "include" });
    expect(parse("types=VISITED,MET&statuses=&from=2023&to=2024-06-30&undated=exclude")).toEqual({
      types: ["MET", "VISITED"],
      statuses: [],
      from: "2023",
      to: "2024-06-30",
      undated: "exclude",
    });
    // /api/path has its own from and to (entity ids), and no dates.
    expect(parse("from=person:a&to=person:b", false)).toEqual({ types: RELATION_TYPES, statuses: RELATION_STATUSES, undated: "include" });
  });

  it("names the parameter it refuses", () => {
    expect(() => parse("types=MET,met")).toThrow('explore: parameter "types": unknown value "met"');
    expect(() => parse("from=2024-02-30x")).toThrow('explore: parameter "from" must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => parse("from=2024-07&to=2024-06-30")).toThrow('explore: parameter "from" (2024-07) is after "to" (2024-06-30)');
    expect(() => parse("undated=yes")).toThrow('explore: parameter "undated" must be one of include, exclude');
  });
});

describe("cached", () => {
  it("shares one answer within its time, asks again after it, and keeps no failure", async () => {
    let clock = 0;
    let asked = 0;
    let fail = false;
    const answer = cached(
      async () => {
        asked += 1;
        if (fail) throw new Error("lost");
        return asked;
      },
      100,
      () => clock,
    );
    expect(await Promise.all([answer(), answer()])).toEqual([1, 1]);
    clock = 99;
    expect(await answer()).toBe(1);
    clock = 100;
    fail = true;
    await expect(answer()).rejects.toThrow("lost");
    fail = false;
    expect(await answer()).toBe(3);
    expect(asked).toBe(3);
  });
});
