export * from "./types.ts";
export {
  extractFiles,
  formatFailure,
  formatWarning,
  type ExtractFilesOptions,
  type ExtractFilesResult,
  type ExtractFailure,
  type ExtractWarning,
} from "./extract-files.ts";
export {
  articleLanguage,
  isLanguageTag,
  languageName,
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  type ArticleLanguage,
  type LanguageSource,
} from "./read/article-language.ts";
export { detectLanguage, type DetectedLanguage } from "./read/detect-language.ts";
export { cleanText } from "./clean.ts";
export { segmentSentences } from "./segment.ts";
export { InputError, isGraphDocumentFile, readArticles, listInputFiles, normalizePublished, SUPPORTED_EXTENSIONS } from "./read/index.ts";
export { writeGraphDocument } from "./write-graph-document.ts";
export { writeFileAtomic } from "./write-file-atomic.ts";
