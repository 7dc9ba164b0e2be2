import { describe, expect, it } from "vitest";
import { runEval } from "../src/commands/eval.ts";

describe("kg eval on the bundled sample corpus", () => {
  it("extracts with micro precision >= 0.90 and F1 >= 0.85", async () => {
    const { micro } = await runEval({});
    expect(micro.precision).toBeGreaterThanOrEqual(0.9);
    expect(micro.f1).toBeGreaterThanOrEqual(0.85);
  });

  it("refuses --graph together with --corpus", async () => {
    await expect(runEval({ graph: "g.json", corpus: "corpus" })).rejects.toThrow("either --graph or --corpus");
  });
});
