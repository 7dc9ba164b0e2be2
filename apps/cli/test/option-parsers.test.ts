import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { collectRepeated, wholeNumberOption } from "../src/option-parsers.ts";

describe("wholeNumberOption", () => {
  const parse = wholeNumberOption("rows", 1, 100_000);

  it("accepts whole numbers in range, ends included", () => {
    expect([parse("1"), parse("500"), parse("100000")]).toEqual([1, 500, 100_000]);
  });

  it("rejects fractions, words and numbers out of range, naming the unit and the range", () => {
    for (const value of ["0", "100001", "2.5", "ten", ""]) {
      expect(() => parse(value)).toThrow(InvalidArgumentError);
      expect(() => parse(value)).toThrow("expected a whole number of rows from 1 to 100000");
    }
  });
});

describe("collectRepeated", () => {
  it("keeps every value in order without changing the previous list", () => {
    const first = collectRepeated("a.yaml", []);
    expect(collectRepeated("b.yaml", first)).toEqual(["a.yaml", "b.yaml"]);
    expect(first).toEqual(["a.yaml"]);
  });
});
