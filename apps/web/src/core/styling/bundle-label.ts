/** The label of a pair's folded edge: how many relations, and of which types ("3 relations: MET ×2, VISITED"). */
export function bundleLabel(types: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  const marks = [...counts].map(([type, count]) => (count > 1 ? `${type} ×${count}` : type));
  return `${types.length} relations: ${marks.join(", ")}`;
}
