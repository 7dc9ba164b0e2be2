/**
 * `compute`, remembering its results by argument: for a pure function of a string that the extractor calls
 * again and again with the same strings (a corpus names the same people and facts in article after article).
 * Once `limit` results are held it forgets them all and starts over, so its memory stays bounded.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
