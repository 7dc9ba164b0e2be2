// `kg load --dry-run` on articles: language warnings are printed and are not failures. Needs no server.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort } from "./helpers/closed-port.ts";
import { KG_MAIN as MAIN, REPO_ROOT, TSX } from "./helpers/run-kg.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-load-languages-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("kg load --dry-run on articles", () => {
  it("warns of an article in a language without a pack, reads a short one in the --lang language, and exits 0", async () => {
    // Invented articles.
    await writeFile(
      join(dir, "de.txt"),
      "Der Präsident Vladimir Putin ist am Mittwoch zu einem Besuch in Pyongyang eingetroffen und wird mit der Regierung sprechen.\n",
    );
    await writeFile(join(dir, "short.txt"), "Vladimir Putin, Pyongyang.\n");
    const run = spawnSync(TSX, [MAIN, "load", dir, "--dry-run", "--lang", "en"], {
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0", NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}` },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `extract: ${join(dir, "de.txt")}: warning: German (de, detected) has no language pack (vi, en): only names in the lexicon are recognized`,
    );
    expect(run.stderr).not.toContain("short.txt");
    expect(run.stdout).toMatch(/^load: dry run: 2 articles, /m);
  });

  it("extracts with a --rules file, and refuses an invalid one before anything is read", async () => {
    const articles = join(dir, "rules-articles");
    await mkdir(articles);
    // An invented article; "parleyed" is a cue only the example rules file has.
    await writeFile(join(articles, "en.txt"), "---\nlang: en\n---\nSergei Lavrov parleyed with Wang Yi in Beijing.\n");
    const env = { ...process.env, FORCE_COLOR: "0", NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}` };
    const load = (...args: string[]) => spawnSync(TSX, [MAIN, "load", articles, "--dry-run", ...args], { encoding: "utf8", env });
    expect(load().stdout).toMatch(/^load: dry run: 1 articles, \d+ entities, 0 relations, /m);
    // The meeting the rules' cue reads, and Lavrov's visit to China read from where it took place.
    expect(load("--rules", join(REPO_ROOT, "docs/examples/rules.json")).stdout).toMatch(
      /^load: dry run: 1 articles, \d+ entities, 2 relations, /m,
    );
    const bad = join(dir, "bad-rules.json");
    await writeFile(bad, JSON.stringify({ en: { modality: { requested: ["implored"] } } }));
    const refused = load("--rules", bad);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trim().split("\n")).toEqual([
      `load: rules: ${bad}: en.modality.requested: unknown field`,
      "load: extraction failed; nothing written",
    ]);
  });
});
