// Groups a stream into batches, one key per batch, without holding more than one batch per key in memory.

export type AnySource<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Yields `[key, items]` batches of at most `size` items sharing a key, in the order they fill up; the
 * remainders follow at the end. Statements are per label or relationship type, hence one key per batch.
 */
export async function* batchesByKey<T, K>(items: AnySource<T>, keyOf: (item: T) => K, size: number): AsyncGenerator<[K, T[]]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`loader: batch size must be a positive integer, got ${size}`);
  const open = new Map<K, T[]>();
  for await (const item of items) {
    const key = keyOf(item);
    let batch = open.get(key);
    if (!batch) open.set(key, (batch = []));
    batch.push(item);
    if (batch.length >= size) {
      open.delete(key);
      yield [key, batch];
    }
  }
  for (const entry of open) yield entry;
}
