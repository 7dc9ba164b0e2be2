import { norm } from "./norm.ts";
import type { EntitiesDoc } from "./types.ts";

/** Normalized name or alias → canonical name; the first entity to claim a form keeps it. */
export function aliasIndex(entitiesDoc: EntitiesDoc): Map<string, string> {
  const index = new Map<string, string>();
  for (const [name, entity] of Object.entries(entitiesDoc.entities ?? {})) {
    for (const alias of [name, ...(entity.aliases ?? [])]) if (!index.has(norm(alias))) index.set(norm(alias), name);
  }
  return index;
}

/** The canonical class of an entity: its name first, then its aliases; unknown names stay apart as `?name`. */
export function classOf(index: Map<string, string>, name: string, aliases: string[] = []): string {
  const n = norm(name);
  if (index.has(n)) return index.get(n)!;
  for (const alias of aliases) if (index.has(norm(alias))) return index.get(norm(alias))!;
  return "?" + n;
}
