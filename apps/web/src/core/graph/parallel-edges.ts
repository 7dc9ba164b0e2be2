/** The most any parallel edge bends: beyond it, curves of ten relations between two entities tie into a knot. */
export const MAX_CURVATURE = 0.6;

/**
 * Curvature of the edges that share their two ends with another edge, so that they fan out instead of
 * overlapping. Edges missing from the result are alone between their ends and stay straight.
 * `endIndex` numbers the nodes (0 to count - 1): pairs are then keyed by number, not by joined strings,
 * which counts for a lot on graphs of hundreds of thousands of edges, nearly all of them alone.
 */
export function parallelEdgeCurvatures(
  edges: readonly { id: string; source: string; target: string }[],
  spacing = 0.3,
  endIndex: ReadonlyMap<string, number> = numberEnds(edges),
): Map<string, number> {
  const count = endIndex.size;
  const pairKey = (edge: { source: string; target: string }) => {
    const a = endIndex.get(edge.source)!;
    const b = endIndex.get(edge.target)!;
    return a < b ? a * count + b : b * count + a;
  };
  // First pass: how many edges each pair has. Most pairs have one, and need nothing more.
  const perPair = new Map<number, number>();
  const keys = new Float64Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const key = pairKey(edges[i]!);
    keys[i] = key;
    perPair.set(key, (perPair.get(key) ?? 0) + 1);
  }
  const curvatures = new Map<string, number>();
  const seen = new Map<number, number>();
  for (let i = 0; i < edges.length; i++) {
    const key = keys[i]!;
    const size = perPair.get(key)!;
    if (size < 2) continue;
    const edge = edges[i]!;
    const position = seen.get(key) ?? 0;
    seen.set(key, position + 1);
    // Offsets are symmetric around the straight line, closer together when many share a pair so that
    // the outermost bends no more than MAX_CURVATURE; a reversed edge bends the other way for the same
    // offset, so its sign flips to keep every edge of the pair on its own track.
    const step = Math.min(spacing, (2 * MAX_CURVATURE) / (size - 1));
    const offset = (position - (size - 1) / 2) * step;
    curvatures.set(edge.id, edge.source > edge.target ? -offset : offset);
  }
  return curvatures;
}

function numberEnds(edges: readonly { source: string; target: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const { source, target } of edges) {
    if (!index.has(source)) index.set(source, index.size);
    if (!index.has(target)) index.set(target, index.size);
  }
  return index;
}
