import type { DateRules } from "../lang/language-pack.ts";
import { escapeRegExp } from "../text/escape-reg-exp.ts";
import type { DateReference } from "./date-pattern.ts";

/** A date expression found in a sentence, resolved to `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface FoundDate {
  start: number;
  end: number;
  value: string;
  /**
   * For a date without a year that `value` places before publication: the reading after it, which is the
   * right one for a planned event ("will visit in May", published in March, is May of the same year).
   */
  ahead?: string;
  /** The date lies wholly after publication ("next month", "20/7/2025" in an article of June 2025): what happens then is planned. */
  after?: boolean;
}

/** The gate every language has: patterns with numbers need a digit. */
const DIGIT_GATE = "digit";

/**
 * Each gate of `rules` as one pattern of its words (as they are written, no word bounds): a sentence is scanned
 * once per gate, not once per word. Built once per pack.
 */
const GATE_PATTERNS = new WeakMap<DateRules, [string, RegExp][]>();
function gatePatterns(rules: DateRules): [string, RegExp][] {
  let patterns = GATE_PATTERNS.get(rules);
  if (!patterns) {
    // A gate without words never opens: "(?!)" matches nothing.
    patterns = Object.entries(rules.gates).map(([gate, words]) => [gate, new RegExp(words.map(escapeRegExp).join("|") || "(?!)")]);
    GATE_PATTERNS.set(rules, patterns);
  }
  return patterns;
}

/** Every date expression of `rules` in a sentence, resolved against the article's publication date (`YYYY[-MM[-DD]]`). */
export function findDates(sentence: string, rules: DateRules, published?: string): FoundDate[] {
  const [y, mo] = (published ?? "").split("-").map(Number);
  const ref: DateReference = {
    year: y || undefined,
    month: mo || undefined,
    day: /^\d{4}-\d{2}-\d{2}$/.test(published ?? "") ? published : undefined,
  };
  const lower = sentence.toLowerCase();
  const open = new Map<string, boolean>([[DIGIT_GATE, /\d/.test(sentence)]]);
  for (const [gate, anyWord] of gatePatterns(rules)) open.set(gate, anyWord.test(lower));
  let text = sentence;
  const found: FoundDate[] = [];
  for (const { needs, pattern, resolve } of rules.patterns) {
    if (!needs.every((gate) => open.get(gate))) continue;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text))) {
      const reading = resolve(match, ref);
      const at = { start: match.index, end: match.index + match[0].length };
      if (typeof reading === "string")
        found.push(isAfter(reading, published) ? { ...at, value: reading, after: true } : { ...at, value: reading });
      else if (reading) found.push({ ...at, value: reading.past, ahead: reading.ahead });
      text = text.slice(0, match.index) + " ".repeat(match[0].length) + text.slice(match.index + match[0].length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a date lies wholly after publication, compared at the precision both have ("2025-05-15" is not after "2025-05"). */
function isAfter(value: string, published: string | undefined): boolean {
  if (!published) return false;
  const n = Math.min(value.length, published.length);
  return value.slice(0, n) > published.slice(0, n);
}
