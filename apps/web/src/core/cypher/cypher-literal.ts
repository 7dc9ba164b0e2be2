/** A value the live API may pass as a Cypher parameter. */
export type CypherValue = string | number | boolean | null | readonly CypherValue[] | { readonly [key: string]: CypherValue };

export class CypherLiteralError extends Error {
  override name = "CypherLiteralError";
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A value written as Cypher source text, so that a question can be pasted into Neo4j Browser as one
 * statement. Strings are single-quoted with backslash, quote and control characters escaped, so no value
 * can end its literal and run as Cypher; map keys that are not plain names are backquoted.
 */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return `'${escapeString(value)}'`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CypherLiteralError(`cypher-literal: ${value} has no Cypher literal`);
    return String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((item: CypherValue) => cypherLiteral(item)).join(", ")}]`;
  const entries = Object.entries(value as { readonly [key: string]: CypherValue });
  return `{${entries.map(([key, item]) => `${cypherKey(key)}: ${cypherLiteral(item)}`).join(", ")}}`;
}

function cypherKey(key: string): string {
  return PLAIN_KEY.test(key) ? key : `\`${key.replaceAll("`", "``")}\``;
}

function escapeString(text: string): string {
  return text.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (char) => {
    if (char === "\\") return "\\\\";
    if (char === "'") return "\\'";
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
