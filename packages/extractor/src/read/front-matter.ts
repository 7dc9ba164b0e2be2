import { parse, YAMLParseError } from "yaml";
import { InputError } from "./input-error.ts";

export interface FrontMatter {
  fields: Record<string, unknown>;
  /** The text after the closing `---` line. */
  body: string;
  /** How many lines the front matter took, so line numbers in the body can be reported. */
  lineCount: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * Alias expansions allowed in front matter: article metadata hardly needs any, and a few hundred bytes of
 * nested aliases (a "billion laughs") would otherwise expand to millions of nodes. Too deep nesting needs no
 * limit of ours: the yaml library reports it as a YAMLParseError.
 */
const MAX_FRONT_MATTER_ALIASES = 50;
const EXCESSIVE_ALIASES = /^Excessive alias count/;

/** Splits optional YAML front matter (between `---` lines at the very top) from the body. */
export function splitFrontMatter(text: string, file: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { fields: {}, body: text, lineCount: 0 };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new InputError(file, "front matter opened with --- is never closed", "1");
  const yamlText = rest.slice(0, closing.index);
  let fields: unknown;
  try {
    fields = parse(yamlText, { maxAliasCount: MAX_FRONT_MATTER_ALIASES });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0]?.line ?? 0) + 1;
      throw new InputError(file, `invalid front matter: ${error.message.split("\n")[0]}`, String(line));
    }
    // The yaml library throws a ReferenceError for an alias it cannot or may not resolve.
    if (error instanceof ReferenceError) {
      const reason = EXCESSIVE_ALIASES.test(error.message) ? `too many YAML aliases (limit ${MAX_FRONT_MATTER_ALIASES})` : error.message;
      throw new InputError(file, `invalid front matter: ${reason}`, "1");
    }
    throw error;
  }
  if (fields !== null && (typeof fields !== "object" || Array.isArray(fields))) {
    throw new InputError(file, "front matter is not a mapping of fields", "2");
  }
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, "");
  const lineCount = text.slice(0, text.length - afterClosing.length).split("\n").length - 1;
  return { fields: (fields ?? {}) as Record<string, unknown>, body: afterClosing, lineCount };
}
