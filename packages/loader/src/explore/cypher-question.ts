/**
 * A question as Cypher a user can paste into Neo4j Browser: the statement, and its parameters (set them first
 * with `:param`, or replace each `$name`).
 */
export interface CypherQuestion {
  query: string;
  params: Record<string, unknown>;
}
