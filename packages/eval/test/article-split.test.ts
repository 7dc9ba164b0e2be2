import { describe, expect, it } from "vitest";
import { parseSplit } from "../src/index.ts";

const keys = ["dev-05", "dev-34", "dev-35", "dev-37", "dev-40", "dev-41", "dev-400", "dev-en-08", "dev-en-09", "dev-en-12", "dev-en-13"];
const members = (spec: string) => keys.filter(parseSplit(spec).has);

describe("parseSplit", () => {
  it("takes a name and numbered ranges", () => {
    const split = parseSplit("check=dev-35..dev-40, dev-en-09..dev-en-12");
    expect(split.name).toBe("check");
    expect(split.patterns).toEqual(["dev-35..dev-40", "dev-en-09..dev-en-12"]);
    expect(keys.filter(split.has)).toEqual(["dev-35", "dev-37", "dev-40", "dev-en-09", "dev-en-12"]);
  });

  it("reads a range's second end without the prefix, and any zero padding", () => {
    expect(members("a=dev-5..35")).toEqual(["dev-05", "dev-34", "dev-35"]);
  });

  it("takes globs and plain keys", () => {
    expect(members("a=dev-3[5-9],dev-40")).toEqual(["dev-35", "dev-37", "dev-40"]);
    expect(members("a=dev-en-*")).toEqual(["dev-en-08", "dev-en-09", "dev-en-12", "dev-en-13"]);
    expect(members("a=dev-4?")).toEqual(["dev-40", "dev-41"]);
    expect(members("a=dev-[!3e]*")).toEqual(["dev-05", "dev-40", "dev-41", "dev-400"]);
    expect(parseSplit("a=x.y").has("x.y")).toBe(true);
    expect(parseSplit("a=x.y").has("xzy")).toBe(false);
  });

  it("refuses what it cannot read", () => {
    expect(() => parseSplit("check")).toThrow("expected name=pattern");
    expect(() => parseSplit("=dev-1")).toThrow("expected name=pattern");
    expect(() => parseSplit("rest=dev-1")).toThrow("names a part of the report");
    expect(() => parseSplit("all=dev-1")).toThrow("names a part of the report");
    expect(() => parseSplit("a=")).toThrow("no pattern");
    expect(() => parseSplit("a=dev-40..dev-35")).toThrow("backwards");
    expect(() => parseSplit("a=dev-1..en-2")).toThrow("same prefix");
    expect(() => parseSplit("a=dev-[1")).toThrow("unclosed");
  });
});
