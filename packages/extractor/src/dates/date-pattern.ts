/** A year-less date reads two ways: looking back from publication (reports) and ahead of it (plans). */
export type Reading = string | { past: string; ahead: string };

/** The publication date a sentence's dates are resolved against. */
export interface DateReference {
  year?: number;
  month?: number;
  day?: string;
}

/** One date expression of a language and how it resolves. */
export interface DatePattern {
  /** Gates (the pack's, or `digit`) that must all be open in the sentence for the pattern to run. */
  needs: readonly string[];
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ref: DateReference) => Reading | undefined;
}
