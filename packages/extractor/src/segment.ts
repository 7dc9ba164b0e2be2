import type { Sentence } from "./types.ts";

// Sentence boundaries in cleaned text. A line is a paragraph and always ends a sentence; inside a line a
// sentence ends at . ! ? or … (with any closing quotes and brackets right after it) when whitespace and
// then the start of a new sentence follow. Dots that only look like ends are not: abbreviations ("TP.",
// "Mr.", "U.S."; the language pack lists them), initials ("V. Putin"), numbers ("16.1", "7.2000"), and ellipses inside a sentence.

/** A line break, or a terminator with the closing quotes and brackets glued to it. */
const BREAK_OR_END = /\n|[.!?…]+["”’'»)\]]*/g;
/** What a new sentence may start with (after whitespace): a capital, a digit, an opening quote or bracket, a dash. */
const NEXT_START = /[\p{Lu}\d"“‘'«([–—-]/u;
const LETTER = /[\p{L}\p{M}]/u;

/** The sentences of a cleaned text, with offsets: `text.slice(start, end) === sentence.text`. */
export function segmentSentences(text: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const pattern = new RegExp(BREAK_OR_END);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const end = match.index + match[0].length;
    if (match[0] === "\n") {
      push(text, start, match.index, sentences);
      start = end;
    } else if (isBoundary(text, match.index, match[0], end, abbreviations)) {
      push(text, start, end, sentences);
      start = end;
    }
  }
  push(text, start, text.length, sentences);
  return sentences;
}

/** Whether the terminator at `at` (text `mark`, ending at `end`) closes a sentence. */
function isBoundary(text: string, at: number, mark: string, end: number, abbreviations: ReadonlySet<string>): boolean {
  let after = end;
  while (text[after] === " " || text[after] === "\t") after++;
  if (after === end) return isGluedEnd(text, at, mark, end); // "16.1", "TP.HCM"; but "tiến bộ.Từ đầu" lost its space
  const next = text[after];
  if (next === undefined || !NEXT_START.test(next)) return false; // "Bình Nhưỡng... vì", "ông Kim. và"
  if (mark[0] !== ".") return true;
  if (mark.startsWith("..")) return true; // an ellipsis before a capital
  const word = wordBefore(text, at);
  if (abbreviations.has(word)) return false;
  if (word.length === 1 && word === word.toUpperCase() && LETTER.test(word)) return false; // "V. Putin", "U.S."
  return true;
}

/** A capitalized word: an upper-case letter, then a lower-case one. */
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}]+$/u;

/**
 * A period glued to the next sentence by a lost space ("đạt tiến bộ.Từ đầu tháng"): a lower-case word of two or
 * more letters before, a capitalized word after. Not "TP.HCM", "W.Bush", "16.1", nor a site's name ("vnexpress.net").
 */
function isGluedEnd(text: string, at: number, mark: string, end: number): boolean {
  return mark === "." && LOWER_WORD.test(wordBefore(text, at)) && CAPITALIZED_WORD.test(text.slice(end, end + 2));
}

/** The letters (and inner dots) right before `at`: "Putin", "U.S", "TP". */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && LETTER.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
