import { GraphDocument } from "./graph-document.ts";
import { issuePath } from "./issue-path.ts";

/** Raised when a graph document breaks the schema; `issues` lists each problem with its path. */
export class GraphDocumentError extends Error {
  constructor(
    readonly issues: { path: string; message: string }[],
    source = "graph document",
  ) {
    const shown = issues.slice(0, 10).map((i) => `  ${i.path || "(root)"}: ${i.message}`);
    const more = issues.length > 10 ? [`  ... and ${issues.length - 10} more`] : [];
    super([`schema: ${source} is not a valid graph document:`, ...shown, ...more].join("\n"));
    this.name = "GraphDocumentError";
  }
}

/** Validates unknown input (parsed JSON) as a graph document, or throws a GraphDocumentError. */
export function parseGraphDocument(input: unknown, source?: string): GraphDocument {
  const result = GraphDocument.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issuePath(issue.path),
    message: issue.message,
  }));
  throw new GraphDocumentError(issues, source);
}
