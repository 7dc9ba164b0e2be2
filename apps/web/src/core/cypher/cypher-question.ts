import type { CypherValue } from "./cypher-literal.ts";
import { inlineParams } from "./inline-params.ts";

/** A question as Cypher: a parameterized query, as the live API sends it (`cypher`) or the page writes it. */
export interface CypherQuestion {
  query: string;
  params: Readonly<Record<string, CypherValue>>;
}

/** One statement to paste into Neo4j Browser: a heading comment, then the query with its values written in. */
export function cypherText(title: string, question: CypherQuestion): string {
  return `// ${title.replace(/[\r\n]+/g, " ")}\n${inlineParams(question.query, question.params)}`;
}
