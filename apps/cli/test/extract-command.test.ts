import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraphDocument } from "@news-kg/schema";
import { REPO_ROOT as ROOT, runKg } from "./helpers/run-kg.ts";

let dir: string;

const kg = (...args: string[]) => runKg(args);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-extract-cmd-"));
  await cp(join(ROOT, "corpus"), join(dir, "corpus"), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Two CLI runs, each starting two workers that compile both language packs: over 30 s on a busy 2-core machine.
const TWO_WORKER_RUNS_TIMEOUT_MS = 90_000;

describe("kg extract", () => {
  it("extracts the sample corpus with 2 workers, writes the graph and a summary, exits 0", async () => {
    const out = join(dir, "out", "graph.json");
    const { code, stdout, stderr } = kg("extract", join(dir, "corpus"), "--out", out, "--workers", "2");
    expect(stderr).not.toMatch(/^extract: .*:/m);
    expect(code).toBe(0);
    const document = parseGraphDocument(JSON.parse(await readFile(out, "utf8")));
    expect(document.articles).toHaveLength(5);
    // The corpus's facts by type, as the cookbook test counts them (planned-versus-occurred, summed over statuses).
    expect(stdout.split("\n")).toEqual([
      `extract: wrote ${out}`,
      "  articles  5",
      "  languages vi 5",
      "  entities  36",
      // 001 and 002 tell of Putin's 2000 visit and meeting without its date; 003 dates them: separate facts.
      "  relations 53 (ACCUSED 2, CRITICIZED 2, INVITED 1, LOCATED_IN 3, MET 8, OFFICIAL_OF 9, PARENT_OF 1, PRAISED 2, SANCTIONED 1, SIGNED 3, SUPPLIED 1, SUPPORTED 3, THANKED 3, VISITED 14)",
      "",
    ]);
    expect(await readdir(join(dir, "out"))).toEqual(["graph.json"]);
  });

  it("reports each bad file on one line, writes the rest and exits 1", async () => {
    const bad = join(dir, "bad.txt");
    await writeFile(bad, new Uint8Array([0xff, 0xfe, 0x41]));
    const out = join(dir, "partial.json");
    const { code, stdout, stderr } = kg(
      "extract",
      join(dir, "corpus", "000_98da38464c2d73ea.txt"),
      bad,
      join(dir, "missing.md"),
      "--out",
      out,
    );
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      `extract: ${bad}: not valid UTF-8 text`,
      `extract: ${join(dir, "missing.md")}: no such file or directory`,
    ]);
    expect(parseGraphDocument(JSON.parse(await readFile(out, "utf8"))).articles).toHaveLength(1);
    expect(stdout).toMatch(/failed\s+2 inputs in 2 files/);
  });

  it("10,000 nested <div> and a YAML alias bomb do not abort the batch: the page is read, the bomb is one line", async () => {
    const depth = 10_000;
    const nested = join(dir, "nested.html");
    await writeFile(nested, `<html lang="vi"><body>${"<div>".repeat(depth)}Ông Kim gặp ông Putin.${"</div>".repeat(depth)}</body></html>`);
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of [..."bcdefghi"].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`);
    const bomb = join(dir, "bomb.md");
    await writeFile(bomb, `---\n${levels.join("\n")}\n---\nText.\n`);
    const out = join(dir, "survived.json");
    const { code, stderr } = kg("extract", join(dir, "corpus", "000_98da38464c2d73ea.txt"), nested, bomb, "--out", out);
    expect(stderr.trim().split("\n")).toEqual([`extract: ${bomb}:1: invalid front matter: too many YAML aliases (limit 50)`]);
    expect(code).toBe(1);
    expect(parseGraphDocument(JSON.parse(await readFile(out, "utf8"))).articles.map((a) => a.id)).toEqual([
      "000_98da38464c2d73ea",
      "nested",
    ]);
  });

  it("follows a symlinked article and folder inside an input folder and reports a link loop once", async () => {
    const input = join(dir, "linked-input");
    const corpus = join(dir, "corpus");
    await mkdir(join(input, "sub"), { recursive: true });
    await symlink(join(corpus, "000_98da38464c2d73ea.txt"), join(input, "000_98da38464c2d73ea.txt"));
    await mkdir(join(dir, "linked-folder"));
    await cp(join(corpus, "001_ed244e5b513cb22f.txt"), join(dir, "linked-folder", "001_ed244e5b513cb22f.txt"));
    await symlink(join(dir, "linked-folder"), join(input, "sub", "folder"));
    await symlink(input, join(input, "sub", "loop"));
    const out = join(dir, "linked.json");
    const { code, stderr } = kg("extract", input, "--out", out);
    expect(stderr.trim().split("\n")).toEqual([
      `extract: ${join(input, "sub", "loop")}: symbolic link loop: leads back to ${input}, not followed`,
    ]);
    expect(code).toBe(1);
    expect(parseGraphDocument(JSON.parse(await readFile(out, "utf8"))).articles.map((a) => a.id)).toEqual([
      "000_98da38464c2d73ea",
      "001_ed244e5b513cb22f",
    ]);
  });

  it("an output written into an input folder is not read back as articles next time", async () => {
    const input = join(dir, "with-output");
    await cp(join(dir, "corpus"), input, { recursive: true });
    const out = join(input, "graph.json");
    expect(kg("extract", input, "--out", out).code).toBe(0);
    const again = kg("extract", input, "--out", out);
    expect(again.stderr).not.toMatch(/^extract: /m);
    expect(again.code).toBe(0);
    expect(parseGraphDocument(JSON.parse(await readFile(out, "utf8"))).articles).toHaveLength(5);
  });

  it("refuses an --out that is one of the inputs instead of overwriting an article", async () => {
    const article = join(dir, "corpus", "002_7383740b45c812be.txt");
    const before = await readFile(article, "utf8");
    for (const inputs of [[article], [join(dir, "corpus")]]) {
      const { code, stderr } = kg("extract", ...inputs, "--out", article);
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`extract: --out ${article} is one of the inputs; it would be overwritten: write the graph elsewhere`);
    }
    expect(await readFile(article, "utf8")).toBe(before);
  });

  it("writes nothing when no article could be read", async () => {
    const out = join(dir, "nothing.json");
    const { code, stderr } = kg("extract", join(dir, "missing.txt"), "--out", out);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      `extract: ${join(dir, "missing.txt")}: no such file or directory`,
      `extract: no article could be extracted; ${out} not written`,
    ]);
    await expect(readFile(out)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("lays each --lexicon file over the bundled lexicon", async () => {
    await writeFile(
      join(dir, "xylandia.txt"),
      "Tổng thống Xylandia Ivo Brann đã gặp Tổng thống Nga Vladimir Putin tại Mátxcơva hôm 3/5.\n",
    );
    await writeFile(join(dir, "countries.json"), JSON.stringify({ countries: [{ name: "Xylandia", aliases: ["Xylandia"] }] }));
    await writeFile(join(dir, "people.json"), JSON.stringify({ people: [{ name: "Ivo Brann", short: ["Brann"], country: "Xylandia" }] }));
    const out = join(dir, "lexicon.json");
    const lexicons = ["--lexicon", join(dir, "countries.json"), "--lexicon", join(dir, "people.json")];
    expect(kg("extract", join(dir, "xylandia.txt"), "--out", out, ...lexicons).code).toBe(0);
    const document = parseGraphDocument(JSON.parse(await readFile(out, "utf8")));
    const name = new Map(document.entities.map((e) => [e.id, e.name]));
    // Brann is known only from the extra lexicon files; "hôm 3/5" has no year and the file no date: undated. Met in
    // Moscow, Xylandia's president was in Russia.
    expect(
      document.relations.map((r) => [name.get(r.source), r.type, name.get(r.target), r.properties.role ?? null, r.date ?? null]).sort(),
    ).toEqual([
      ["Ivo Brann", "MET", "Vladimir Putin", null, null],
      ["Ivo Brann", "OFFICIAL_OF", "Xylandia", "president", null],
      ["Ivo Brann", "VISITED", "Russia", null, null],
      ["Vladimir Putin", "OFFICIAL_OF", "Russia", "president", null],
    ]);
    const broken = kg("extract", join(dir, "xylandia.txt"), "--out", out, "--lexicon", join(dir, "missing.json"));
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toBe(
      `extract: lexicon: ${join(dir, "missing.json")}: ENOENT: no such file or directory, open '${join(dir, "missing.json")}'`,
    );
  });

  it(
    "lays a --rules file over the language packs, in every worker (docs/examples/rules.json)",
    async () => {
      const rules = join(dir, "rules");
      await mkdir(rules);
      // Invented articles; "parleyed" and "hòa đàm" are cues only the example rules file has.
      await writeFile(join(rules, "en.txt"), "---\nlang: en\n---\nSergei Lavrov parleyed with Wang Yi in Beijing.\n");
      await writeFile(join(rules, "vi.txt"), "Ngoại trưởng Nga Sergei Lavrov hòa đàm với Ngoại trưởng Trung Quốc Vương Nghị.\n");
      const out = join(dir, "rules.json");
      const met = async () => {
        const document = parseGraphDocument(JSON.parse(await readFile(out, "utf8")));
        return document.relations.filter((r) => r.type === "MET").map((r) => [r.source, r.target, r.evidence.map((e) => e.articleId)]);
      };
      expect(kg("extract", rules, "--out", out, "--workers", "2").code).toBe(0);
      expect(await met()).toEqual([]);
      const withRules = kg("extract", rules, "--out", out, "--workers", "2", "--rules", join(ROOT, "docs/examples/rules.json"));
      expect(withRules.code).toBe(0);
      expect(await met()).toEqual([["person:sergey-lavrov", "person:wang-yi", ["en", "vi"]]]);
    },
    TWO_WORKER_RUNS_TIMEOUT_MS,
  );

  it("refuses an invalid --rules file with the file and JSON path of each problem, and writes nothing", async () => {
    const bad = join(dir, "bad-rules.json");
    await writeFile(
      bad,
      JSON.stringify({
        vi: {
          relationCues: [
            { words: "hòa đàm", type: "MET", kind: "verb", reach: 6 },
            { words: "x", type: "MEET", kind: "verb", reach: 99 },
          ],
        },
      }),
    );
    const out = join(dir, "never.json");
    const { code, stdout, stderr } = kg("extract", join(dir, "corpus"), "--out", out, "--rules", bad);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      `extract: rules: ${bad}: vi.relationCues[1].type: expected one of MET, VISITED, INVITED, THANKED, SUPPORTED, PRAISED, CRITICIZED, ACCUSED, SUPPLIED, SIGNED, SANCTIONED`,
      `extract: rules: ${bad}: vi.relationCues[1].reach: Too big: expected number to be <=40`,
    ]);
    await expect(readFile(out)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("warns of an article in a language without a pack, counts it in the summary, and exits 0", async () => {
    const languages = join(dir, "languages");
    await mkdir(languages);
    // Invented articles: one French, one Vietnamese, one too short to tell.
    await writeFile(
      join(languages, "fr.txt"),
      "Le président de Xylandia, Ivo Brann, a rencontré mardi à Paris le ministre des Affaires étrangères de la Russie.\n",
    );
    await writeFile(join(languages, "vi.txt"), "Tổng thống Nga Vladimir Putin đã đến thăm Bình Nhưỡng hôm 19/6.\n");
    await writeFile(join(languages, "short.txt"), "Putin, Kim, 2024.\n");
    const out = join(dir, "languages.json");
    const { code, stdout, stderr } = kg("extract", languages, "--out", out, "--lang", "en");
    expect(code).toBe(0);
    expect(stderr.trim().split("\n")).toEqual([
      `extract: ${join(languages, "fr.txt")}: warning: French (fr, detected) has no language pack (vi, en): only names in the lexicon are recognized`,
    ]);
    expect(stdout).toMatch(/languages en 1, fr 1, vi 1\n/);
    expect(stdout).toMatch(/warnings\s+1 article in a language without a pack \(fr 1\): names only/);
    const document = parseGraphDocument(JSON.parse(await readFile(out, "utf8")));
    expect(document.articles.map((a) => [a.id, a.lang])).toEqual([
      ["fr", "fr"],
      ["short", "en"],
      ["vi", "vi"],
    ]);
    expect(kg("extract", languages, "--out", out, "--lang", "not a language").stderr).toContain("expected a language code");
  });

  it("explains itself with --help and refuses a bad --workers", () => {
    const help = kg("extract", "--help");
    expect(help.code).toBe(0);
    for (const option of ["--out", "--lexicon", "--rules", "--lang", "--workers"]) expect(help.stdout).toContain(option);
    const bad = kg("extract", join(dir, "corpus"), "--out", join(dir, "x.json"), "--workers", "0");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^error: option '--workers <n>' argument '0' is invalid\. expected a whole number of workers from 1 to 64\n/,
    );
  });
});
