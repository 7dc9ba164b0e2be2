import { describe, expect, it } from "vitest";
import { pick } from "../src/pick.ts";
import { seededRandom } from "../src/seeded-random.ts";

describe("pick", () => {
  it("chooses every item of the list, and nothing else", () => {
    const random = seededRandom(3);
    const seen = new Set(Array.from({ length: 200 }, () => pick(random, ["a", "b", "c"])));
    expect([...seen].sort()).toEqual(["a", "b", "c"]);
  });

  it("refuses an empty list", () => {
    expect(() => pick(seededRandom(3), [])).toThrow(/^bench-kit: /);
  });
});
