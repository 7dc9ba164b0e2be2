export * from "./types.ts";
export { norm } from "./norm.ts";
export { aliasIndex, classOf } from "./alias-index.ts";
export { CORE, SYMMETRIC, STATIC, tripleKey } from "./triple-key.ts";
export { articleKey, predictedByArticle } from "./predicted-by-article.ts";
export { score, prf } from "./score.ts";
export { formatScore, eventCounts } from "./format-score.ts";
export { FIXTURES } from "./fixtures.ts";
