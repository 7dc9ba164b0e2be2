export * from "./types.ts";
export { extractFiles, formatFailure, type ExtractFilesOptions, type ExtractFilesResult, type ExtractFailure } from "./extract-files.ts";
export { cleanText } from "./clean.ts";
export { segmentSentences } from "./segment.ts";
export { InputError, isGraphDocumentFile, readArticles, listInputFiles, normalizePublished, SUPPORTED_EXTENSIONS } from "./read/index.ts";
export { writeGraphDocument } from "./write-graph-document.ts";
export { release, temporaryFor } from "./temporary-file.ts";
