import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEval } from "../src/commands/eval.ts";

describe("kg eval on the bundled sample corpus", () => {
  it("extracts with micro precision >= 0.90 and F1 >= 0.85", async () => {
    const { micro } = await runEval({});
    expect(micro.precision).toBeGreaterThanOrEqual(0.9);
    expect(micro.f1).toBeGreaterThanOrEqual(0.85);
  });

  it("reads the corpus in the language --lang gives", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kg-eval-lang-"));
    try {
      await writeFile(join(dir, "a.txt"), "French President Emmanuel Macron praised India.\n");
      const gold = { articles: { a: { triples: [["Emmanuel Macron", "PRAISED", "India", "occurred"]] } } };
      await writeFile(join(dir, "gold.json"), JSON.stringify(gold));
      const corpus = join(dir, "a.txt");
      expect((await runEval({ corpus, gold: join(dir, "gold.json"), lang: "en" })).perPredicate.PRAISED?.tp).toBe(1);
      expect((await runEval({ corpus, gold: join(dir, "gold.json"), lang: "vi" })).perPredicate.PRAISED?.tp).toBe(0);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("refuses --graph together with --corpus", async () => {
    await expect(runEval({ graph: "g.json", corpus: "corpus" })).rejects.toThrow("either --graph or --corpus");
  });
});
