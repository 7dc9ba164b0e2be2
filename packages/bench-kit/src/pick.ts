/** One of `items`, chosen with `random` (uniformly for a uniform source). */
export function pick<T>(random: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error("bench-kit: pick from an empty list");
  return items[Math.floor(random() * items.length)] as T;
}
