/**
 * A question whose answer is kept for `ttlMs`: callers within that time share one answer (or one question in
 * flight). A failed answer is not kept.
 */
export function cached<T>(ask: () => Promise<T>, ttlMs: number, now: () => number = Date.now): () => Promise<T> {
  let kept: { at: number; answer: Promise<T> } | undefined;
  return () => {
    if (kept && now() - kept.at < ttlMs) return kept.answer;
    const entry = { at: now(), answer: ask() };
    kept = entry;
    entry.answer.catch(() => {
      if (kept === entry) kept = undefined;
    });
    return entry.answer;
  };
}
