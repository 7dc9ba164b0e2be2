import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileLexicon, type Lexicon } from "./lexicon.ts";
import { LexiconData } from "./lexicon-data.ts";

const DEFAULT_DIR = fileURLToPath(new URL("./data/", import.meta.url));
const SECTIONS = ["countries", "organizations", "people", "locations", "offices"] as const;

/** Reads one user lexicon file; errors name the file and the path of each problem. */
export function readLexiconFile(path: string): LexiconData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`lexicon: ${path}: ${(error as Error).message}`);
  }
  const result = LexiconData.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`lexicon: ${path}: ${issues.slice(0, 5).join("; ")}`);
  }
  return result.data;
}

/** The bundled default lexicon (one JSON file per section), then the user's files over it. */
export function loadLexicon(extraPaths: string[] = []): Lexicon {
  const files = new Set(readdirSync(DEFAULT_DIR));
  const defaults = LexiconData.parse(
    Object.fromEntries(
      SECTIONS.filter((s) => files.has(`${s}.json`)).map((s) => [s, JSON.parse(readFileSync(`${DEFAULT_DIR}${s}.json`, "utf8"))]),
    ),
  );
  return compileLexicon([defaults, ...extraPaths.map(readLexiconFile)]);
}
