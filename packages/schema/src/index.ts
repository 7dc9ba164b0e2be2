export * from "./vocabulary.ts";
export * from "./graph-document.ts";
export * from "./parse-graph-document.ts";
export * from "./issue-path.ts";
