/**
 * How many relations fall in each of `bins` equal slices of `extent`, each counted once, in the slice of
 * its middle day (a relation dated "2023" counts in mid-2023). Relations outside the extent are not counted.
 */
export function dayHistogram(days: Iterable<readonly [number, number]>, extent: readonly [number, number], bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = (extent[1] - extent[0] + 1) / bins;
  for (const [first, last] of days) {
    const day = (first + last) / 2;
    if (day < extent[0] || day > extent[1]) continue;
    counts[Math.min(bins - 1, Math.floor((day - extent[0]) / width))]!++;
  }
  return counts;
}
