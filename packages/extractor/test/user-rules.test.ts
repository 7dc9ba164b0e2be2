import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFiles } from "../src/extract-files.ts";
import { english } from "../src/lang/en/index.ts";
import { BUNDLED_PACKS, type LanguagePacks } from "../src/lang/pack-for.ts";
import { packsWithRules } from "../src/lang/packs-with-rules.ts";
import { readRulesFile, RulesFileError } from "../src/lang/read-rules-file.ts";
import { vietnamese } from "../src/lang/vi/index.ts";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { extractArticle } from "../src/pipeline.ts";

// A user's rules file (`--rules`) extends a pack as a lexicon file extends the lexicon. Every sentence and cue
// word here is invented: "parleyed" and "hòa đàm" are cues neither pack has.
const lexicon = loadLexicon();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-rules-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a rules file and reads it back as the extractor does. */
async function rulesFile(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function relations(text: string, lang: string, packs?: LanguagePacks): string[] {
  const x = extractArticle({ id: "a", file: "a.txt", text, lang, published: "2024-06-20" }, lexicon, packs);
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.relations.map(
    (r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)} [${r.status}]${r.properties.role ? ` ${r.properties.role}` : ""}`,
  );
}

describe("user rules: relation cues", () => {
  it("an English cue the pack does not know yields a relation only with the rules file", async () => {
    const text = "Sergei Lavrov parleyed with Wang Yi in Beijing on Tuesday.";
    expect(relations(text, "en").filter((r) => r.includes(" MET "))).toEqual([]);
    const path = await rulesFile("en.json", {
      en: { relationCues: [{ words: "parleyed", type: "MET", kind: "verb", reach: 6, via: ["with"], cameo: "046" }] },
    });
    const packs = packsWithRules([readRulesFile(path)]);
    expect(relations(text, "en", packs)).toContain("Sergey Lavrov MET Wang Yi [occurred]");
    const x = extractArticle({ id: "a", file: "a.txt", text, lang: "en" }, lexicon, packs);
    expect(x.relations.find((r) => r.type === "MET")?.evidence[0]?.rule).toBe("met-verb:parleyed");
    expect(x.relations.find((r) => r.type === "MET")?.properties.cameo).toBe("046");
  });

  it("a cue told by the buyer takes only the goods the rules file names", async () => {
    const path = await rulesFile("en-goods.json", {
      en: { relationCues: [{ words: "procured", type: "SUPPLIED", kind: "verb", reach: 8, sourceVia: ["from"], goods: ["patrol boats"] }] },
    });
    const packs = packsWithRules([readRulesFile(path)]);
    expect(relations("Ghana procured patrol boats from Norway.", "en", packs)).toContain("Norway SUPPLIED Ghana [occurred]");
    expect(relations("Ghana procured tanks from Norway.", "en", packs)).toEqual([]);
  });

  it("a Vietnamese cue, written with the other tone-mark placement and a capital, matches the text", async () => {
    const text = "Ngoại trưởng Nga Sergei Lavrov hòa đàm với Ngoại trưởng Trung Quốc Vương Nghị tại Bắc Kinh.";
    expect(relations(text, "vi").filter((r) => r.includes(" MET "))).toEqual([]);
    // "Hoà" (old placement) in the rules file, "hòa" in the text: the pack's spelling repair makes them one.
    const path = await rulesFile("vi.json", {
      vi: { relationCues: [{ words: "Hoà đàm", type: "MET", kind: "verb", reach: 6, via: ["với"] }] },
    });
    expect(relations(text, "vi", packsWithRules([readRulesFile(path)]))).toContain("Sergey Lavrov MET Wang Yi [occurred]");
  });

  it("a cue with the same words as one of the pack's is tried before it", async () => {
    const text = "Sergei Lavrov met on Tuesday with Wang Yi.";
    expect(relations(text, "en")).toContain("Sergey Lavrov MET Wang Yi [occurred]");
    // The user's "met" wants its object at once: here it has none, so no meeting is read.
    const path = await rulesFile("same.json", {
      en: { relationCues: [{ words: "met", type: "MET", kind: "verb", reach: 1, adjacent: true }] },
    });
    expect(relations(text, "en", packsWithRules([readRulesFile(path)])).filter((r) => r.includes(" MET "))).toEqual([]);
  });

  it("leaves the other language's pack, and the bundled packs, as they are", async () => {
    const path = await rulesFile("en-only.json", { en: { relationCues: [{ words: "parleyed", type: "MET", kind: "verb", reach: 6 }] } });
    const packs = packsWithRules([readRulesFile(path)]);
    expect(packs.get("vi")).toBe(vietnamese);
    expect(packs.get("en")).not.toBe(english);
    expect(BUNDLED_PACKS.get("en")).toBe(english);
    expect(english.relations.cues.some((c) => c.words.join(" ") === "parleyed")).toBe(false);
  });
});

describe("user rules: modality words and office titles", () => {
  it("a planned word the pack does not know makes the event planned", async () => {
    const text = "Sergei Lavrov is pencilled in to meet Wang Yi in Beijing.";
    expect(relations(text, "en")).toContain("Sergey Lavrov MET Wang Yi [occurred]");
    const path = await rulesFile("planned.json", { en: { modality: { planned: ["pencilled in to"] } } });
    expect(relations(text, "en", packsWithRules([readRulesFile(path)]))).toContain("Sergey Lavrov MET Wang Yi [planned]");
  });

  it("a negation word the pack does not know undoes the event; a request word leaves it unstated in English", async () => {
    const path = await rulesFile("modality.json", { en: { modality: { negation: ["neglected to"], request: ["implored"] } } });
    const packs = packsWithRules([readRulesFile(path)]);
    const negated = "Sergei Lavrov neglected to meet Wang Yi.";
    expect(relations(negated, "en")).toContain("Sergey Lavrov MET Wang Yi [occurred]");
    expect(relations(negated, "en", packs).filter((r) => r.includes(" MET "))).toEqual([]);
    // Whoever the pack takes for the visitor, the visit asked for has not happened: English requests state nothing.
    const visits = (packs?: LanguagePacks) =>
      relations("Wang Yi implored Sergei Lavrov to visit Beijing.", "en", packs)
        .filter((r) => r.includes(" VISITED "))
        .map((r) => r.slice(r.indexOf("[")));
    expect(visits()).toEqual(["[occurred]"]);
    expect(visits(packs)).toEqual([]);
  });

  it("an office title the lexicon does not know gives its holder's office", async () => {
    const text = "Russian Chief Whip Ivan Morozko met Wang Yi.";
    expect(relations(text, "en").some((r) => r.startsWith("Ivan Morozko OFFICIAL_OF"))).toBe(false);
    const path = await rulesFile("office.json", { en: { offices: [{ cue: "Chief Whip", role: "chief whip" }] } });
    expect(relations(text, "en", packsWithRules([readRulesFile(path)]))).toContain("Ivan Morozko OFFICIAL_OF Russia [occurred] chief whip");
  });
});

describe("user rules: invalid files", () => {
  it("names the file and the JSON path of each problem", async () => {
    const path = await rulesFile("bad.json", {
      vi: {
        relationCues: [
          { words: "hòa đàm", type: "MET", kind: "verb", reach: 6 },
          { words: "đàm đạo", type: "MET", kind: "noun", reach: 8 },
          { words: "chuyện trò", type: "CHATTED", kind: "verb", reach: 6, viaa: ["với"] },
        ],
        modality: { planned: [""] },
      },
      fr: {},
    });
    expect(() => readRulesFile(path)).toThrow(RulesFileError);
    expect(() => readRulesFile(path)).toThrow(
      [
        `rules: ${path}: vi.relationCues[2].type: expected one of MET, VISITED, INVITED, THANKED, SUPPORTED, PRAISED, CRITICIZED, ACCUSED, SUPPLIED, SIGNED, SANCTIONED`,
        `rules: ${path}: vi.relationCues[2].viaa: unknown field`,
        `rules: ${path}: vi.modality.planned[0]: expected a word or phrase`,
        `rules: ${path}: fr: no language pack for this language (packs: vi, en)`,
      ].join("\n"),
    );
  });

  it("says why a file cannot be read as JSON", async () => {
    const path = await rulesFile("broken.json", '{"en": ');
    expect(() => readRulesFile(path)).toThrow(/^rules: .*broken\.json: .*JSON/);
  });

  it("stops extraction before any article is read", async () => {
    const path = await rulesFile("stops.json", {
      en: { relationCues: [{ words: "parleyed", type: "OFFICIAL_OF", kind: "verb", reach: 6 }] },
    });
    await expect(extractFiles([join(dir, "no-such-article.txt")], { rulesPaths: [path] })).rejects.toThrow(
      `rules: ${path}: en.relationCues[0].type: expected one of MET, VISITED, INVITED, THANKED, SUPPORTED, PRAISED, CRITICIZED, ACCUSED, SUPPLIED, SIGNED, SANCTIONED`,
    );
  });
});
