import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/pack-for.ts";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { extractArticle } from "../src/pipeline.ts";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
/** What may hold words of a language: the packs and the lexicon data. */
const LANGUAGE_DIRS = ["lang", join("lexicon", "data")];
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const ENGLISH_FUNCTION_WORDS = /(?<![\w-])(the|of|and|to|in|with|by|that|said|will|not|his|her|he|she|visit|met|was)(?![\w-])/u;
/** A word or phrase as a cue list holds it (messages, rule names and templates are not language knowledge). */
const PHRASE = /^[\p{Ll}' ]+$/u;
const STRING_LITERAL = /(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g;
/**
 * A message for the user, in the tool's English: a phrase thrown in an error or returned as a failure's
 * reason ("not a file", "no article text in the page"), not a word the extractor reads text with.
 */
const MESSAGE = /(\bnew \w*Error\([^"'`)]*|\breturn )(["'`])(?:\\.|(?!\2)[^\\\n])* (?:\\.|(?!\2)[^\\\n])*\2/g;

function coreFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return LANGUAGE_DIRS.includes(relative(SRC, path)) ? [] : coreFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The code of a file without its comments, which may quote any language. */
const code = (path: string) =>
  readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:\\])\/\/.*$/gm, "$1");

describe("the core holds no word of any language", () => {
  const files = coreFiles();

  it("scans the core", () => expect(files.length).toBeGreaterThan(20));

  it.each(files.map((f) => [relative(SRC, f), f]))("%s has no Vietnamese letter", (_name, path) => {
    expect(
      code(path)
        .split("\n")
        .filter((line) => VIETNAMESE_LETTER.test(line)),
    ).toEqual([]);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))("%s has no English function word as a string", (_name, path) => {
    const strings = [...code(path).replace(MESSAGE, "$1").matchAll(STRING_LITERAL)].map((m) => m[2]!);
    expect(strings.filter((s) => PHRASE.test(s) && ENGLISH_FUNCTION_WORDS.test(s))).toEqual([]);
  });
});

describe("packFor", () => {
  const lexicon = loadLexicon();

  it("gives the pack of a language, with or without a region", () => {
    expect(packFor("vi")?.code).toBe("vi");
    expect(packFor("en-GB")?.code).toBe("en");
    expect(packFor("de")).toBeUndefined();
  });

  it("recognizes lexicon names in a language without a pack, and reads no relation from cues", () => {
    const text = "Bundeskanzler Olaf Scholz traf Narendra Modi in Berlin.";
    const x = extractArticle({ id: "a", file: "a.txt", text, lang: "de" }, lexicon);
    expect(x.entities.map((e) => e.name).sort()).toEqual(["Germany", "Narendra Modi", "Olaf Scholz"]);
    expect(x.relations).toEqual([]);
  });
});
