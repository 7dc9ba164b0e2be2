export interface SettleOptions {
  /** Mean node displacement per iteration, as a share of the layout's extent, under which it has settled. */
  threshold: number;
  /** Iterations in a row that must stay under the threshold. */
  patience: number;
  /** Stop regardless after this many iterations, or this long. */
  maxIterations: number;
  maxMilliseconds: number;
}

export const DEFAULT_SETTLE_OPTIONS: SettleOptions = {
  threshold: 0.0003,
  patience: 15,
  maxIterations: 3000,
  maxMilliseconds: 30_000,
};

/** Mean distance nodes moved between two snapshots (x0, y0, x1, y1, ... in the same order). */
export function meanDisplacement(previous: Float64Array, current: Float64Array): number {
  let total = 0;
  for (let i = 0; i < current.length; i += 2) total += Math.hypot(current[i]! - previous[i]!, current[i + 1]! - previous[i + 1]!);
  return current.length ? total / (current.length / 2) : 0;
}

/** Diagonal of the bounding box of a snapshot. */
export function extent(positions: Float64Array): number {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    minX = Math.min(minX, positions[i]!);
    maxX = Math.max(maxX, positions[i]!);
    minY = Math.min(minY, positions[i + 1]!);
    maxY = Math.max(maxY, positions[i + 1]!);
  }
  return positions.length ? Math.hypot(maxX - minX, maxY - minY) : 0;
}

export type SettleVerdict = "running" | "settled" | "capped";

/** Watches layout iterations and says when to stop: settled (nodes barely move) or capped (time / count). */
export function createSettleDetector(options: SettleOptions = DEFAULT_SETTLE_OPTIONS) {
  let previous: Float64Array | undefined;
  let calm = 0;
  let iterations = 0;
  return {
    get iterations() {
      return iterations;
    },
    observe(positions: Float64Array, elapsedMilliseconds: number): SettleVerdict {
      iterations++;
      if (previous && previous.length === positions.length) {
        const size = extent(positions) || 1;
        calm = meanDisplacement(previous, positions) / size < options.threshold ? calm + 1 : 0;
      }
      previous = positions;
      if (calm >= options.patience) return "settled";
      if (iterations >= options.maxIterations || elapsedMilliseconds >= options.maxMilliseconds) return "capped";
      return "running";
    },
  };
}
