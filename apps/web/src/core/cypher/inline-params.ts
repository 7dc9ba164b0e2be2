import { cypherLiteral, type CypherValue } from "./cypher-literal.ts";

/**
 * Where a parameter starts and what it is called: `$name`, `$0`, or a backquoted `` $`any name` ``.
 * String literals, backquoted names and comments come first in the alternation, so a `$` inside one of
 * them is skipped as part of it, never taken for a parameter.
 */
const TOKENS =
  /'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\$(?:([A-Za-z_][A-Za-z0-9_]*|\d+)|`((?:``|[^`])*)`)/g;

/**
 * The query with each parameter written in as a Cypher literal: one statement that runs as it is in Neo4j
 * Browser, without `:param` lines. A parameter the map lacks is left as it was.
 */
export function inlineParams(query: string, params: Readonly<Record<string, CypherValue>>): string {
  return query.replace(TOKENS, (token, plain: string | undefined, quoted: string | undefined) => {
    const name = plain ?? quoted?.replaceAll("``", "`");
    if (name === undefined || !Object.hasOwn(params, name)) return token;
    return cypherLiteral(params[name]!);
  });
}
