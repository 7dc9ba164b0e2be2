/** How far past the quartiles (in interquartile ranges) a date still belongs to the bulk: Tukey's fences. */
export const OUTLIER_IQR = 1.5;
/** The fences stand at least this many days past the quartiles, so that data bunched on a few days keeps its neighbours. */
export const MIN_FENCE_DAYS = 90;

export interface BulkExtent {
  /** First and last day the bulk of the dated relations covers: the time line's track. */
  extent: [number, number];
  /** The relations dated far from the rest (by their middle day), listed instead of stretching the track. */
  outliers: string[];
}

const middle = ([first, last]: readonly [number, number]) => (first + last) / 2;

/**
 * The span most dated relations fall in, by Tukey's fences on their middle days: one article about the
 * year 2000 among hundreds about 2024 must not squeeze 2024 into a few pixels of the time line.
 */
export function bulkExtent(days: ReadonlyMap<string, readonly [number, number]>): BulkExtent | undefined {
  if (days.size === 0) return undefined;
  const middles = [...days.values()].map(middle).sort((a, b) => a - b);
  const last = middles.length - 1;
  const q1 = middles[Math.floor(last / 4)]!;
  const q3 = middles[Math.ceil((3 * last) / 4)]!;
  const fence = Math.max(OUTLIER_IQR * (q3 - q1), MIN_FENCE_DAYS);
  const outliers: string[] = [];
  let extent: [number, number] | undefined;
  for (const [id, range] of days) {
    const day = middle(range);
    if (day < q1 - fence || day > q3 + fence) {
      outliers.push(id);
      continue;
    }
    extent = extent ? [Math.min(extent[0], range[0]), Math.max(extent[1], range[1])] : [range[0], range[1]];
  }
  return { extent: extent!, outliers };
}
