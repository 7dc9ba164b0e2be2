import { describe, expect, it } from "vitest";
import { boundedMemo } from "../src/bounded-memo.ts";

describe("boundedMemo", () => {
  it("computes each key once while it holds fewer results than its limit", () => {
    const asked: string[] = [];
    const upper = boundedMemo((key) => {
      asked.push(key);
      return key.toUpperCase();
    }, 3);
    expect([upper("a"), upper("b"), upper("a"), upper("b")]).toEqual(["A", "B", "A", "B"]);
    expect(asked).toEqual(["a", "b"]);
  });

  it("forgets all it holds when full, and gives the same results after", () => {
    const asked: string[] = [];
    const upper = boundedMemo((key) => {
      asked.push(key);
      return key.toUpperCase();
    }, 2);
    // "a" and "b" fill it; "c" empties it first, so "a" is computed again, then held with "c".
    expect([upper("a"), upper("b"), upper("c"), upper("a"), upper("c")]).toEqual(["A", "B", "C", "A", "C"]);
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });
});
