export { InputError } from "./input-error.ts";
export { readArticles, SUPPORTED_EXTENSIONS } from "./read-articles.ts";
export { listInputFiles } from "./list-input-files.ts";
export { normalizePublished } from "./normalize-published.ts";
export { isGraphDocumentFile } from "./graph-document-file.ts";
