/** Curvature per edge so that edges between the same two nodes fan out instead of overlapping. */
export function parallelEdgeCurvatures(
  edges: readonly { id: string; source: string; target: string }[],
  spacing = 0.3,
): Map<string, number> {
  const byPair = new Map<string, { id: string; reversed: boolean }[]>();
  for (const edge of edges) {
    const reversed = edge.source > edge.target;
    const key = reversed ? `${edge.target}\u0000${edge.source}` : `${edge.source}\u0000${edge.target}`;
    const group = byPair.get(key);
    if (group) group.push({ id: edge.id, reversed });
    else byPair.set(key, [{ id: edge.id, reversed }]);
  }
  const curvatures = new Map<string, number>();
  for (const group of byPair.values()) {
    group.forEach(({ id, reversed }, i) => {
      // Offsets are symmetric around the straight line; a reversed edge bends the other way for the same
      // offset, so its sign flips to keep every edge of the pair on its own track.
      const offset = (i - (group.length - 1) / 2) * spacing;
      curvatures.set(id, reversed ? -offset : offset);
    });
  }
  return curvatures;
}
