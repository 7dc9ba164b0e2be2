import { foldText } from "@news-kg/text-fold";

/** Anything but letters, their marks and digits: a search separates words at every such run. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * What names and queries are compared by: the folded text with all punctuation as spaces, so that
 * "binh  nhuong", "Bình Nhưỡng" and "(Bình-Nhưỡng)" match alike.
 */
export function searchKey(text: string): string {
  return foldText(text.replace(NOT_WORD, " "));
}
