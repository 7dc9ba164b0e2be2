/** A validation issue's path as JSON readers write it: `relations[3].evidence[0].start`, `vi.relationCues[2].type`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
    .join("")
    .replace(/^\./, "");
}
