// Contract between the reading side (read, clean, segment) and the language side (recognize, resolve, relate).
import type { GraphDocument } from "@news-kg/schema";
import type { ArticleExtraction, SourceArticle } from "./types.ts";
import type { Lexicon } from "./lexicon/lexicon.ts";

/** Everything one article yields. Pure; safe to run in a worker thread. */
export declare function extractArticle(source: SourceArticle, lexicon: Lexicon): ArticleExtraction;

/** Merges per-article results into one document: aliases unified across articles, one relation per fact. */
export declare function mergeExtractions(extractions: ArticleExtraction[]): GraphDocument;
