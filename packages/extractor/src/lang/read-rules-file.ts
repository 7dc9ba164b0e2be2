import { readFileSync } from "node:fs";
import { issuePath } from "@news-kg/schema";
import { PACKED_LANGUAGES } from "./pack-for.ts";
import { RulesData } from "./rules-data.ts";

const NO_PACK = `no language pack for this language (packs: ${PACKED_LANGUAGES.join(", ")})`;
/** Issues shown of an invalid file: enough to fix it, without flooding the terminal. */
const SHOWN_ISSUES = 10;

/** A rules file that cannot be read or is invalid; one line per problem, each naming the file and the JSON path. */
export class RulesFileError extends Error {
  override name = "RulesFileError";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const more = problems.length > SHOWN_ISSUES ? [`rules: ${file}: ... and ${problems.length - SHOWN_ISSUES} more`] : [];
    super([...problems.slice(0, SHOWN_ISSUES).map((p) => `rules: ${file}: ${p}`), ...more].join("\n"));
  }
}

/** Reads and validates one user rules file (`--rules`). */
export function readRulesFile(path: string): RulesData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new RulesFileError(path, [(error as Error).message]);
  }
  const result = RulesData.safeParse(json);
  if (result.success) return result.data;
  throw new RulesFileError(
    path,
    result.error.issues.flatMap((issue) =>
      // An unknown field is named in the path, as a misspelt one is easiest to find; at the top, a language.
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => `${issuePath([...issue.path, key])}: ${issue.path.length ? "unknown field" : NO_PACK}`)
        : [`${issuePath(issue.path) || "(root)"}: ${issue.message}`],
    ),
  );
}
