/** Neo4j Browser's port on a server installed with its defaults. */
export const DEFAULT_BROWSER_PORT = 7474;

/** Neo4j Browser on the host serving the explorer, when the server names no other. */
export function defaultBrowserBase(hostname: string): string {
  const host = hostname.includes(":") && !hostname.startsWith("[") ? `[${hostname}]` : hostname;
  return `http://${host}:${DEFAULT_BROWSER_PORT}/browser/`;
}

/**
 * A link that opens Neo4j Browser with the statement in its editor, not yet run (`cmd=edit`). The
 * statement is percent-encoded (`encodeURIComponent`): Browser decodes `arg` without reading `+` as a space.
 */
export function neo4jBrowserUrl(base: string, cypher: string): string {
  const url = new URL(base);
  url.search = `cmd=edit&arg=${encodeURIComponent(cypher)}`;
  return url.toString();
}
