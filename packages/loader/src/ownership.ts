// A load writes only what it created: an article, entity or fact already in the database under another
// mark (another graph) or under none (a user's own node) is never taken over. Ids are unique across the
// database (the uniqueness constraints), so one id belongs to one graph, and a load meeting an id that
// belongs elsewhere is refused. Only the careful writes (MERGE) can meet one: a CREATE of a taken id is
// refused by the constraint first, and the batch then written the careful way.
import { ARTICLE_LABEL, ENTITY_LABEL } from "./graph-model.ts";
import type { RunStatement } from "./run-write.ts";

/** A load met ids that belong to another graph or to the user; the batch that met them is not written. */
export class GraphOwnershipError extends Error {
  override name = "GraphOwnershipError";
}

/** The nodes among `$ids` that this load's mark does not own: another graph's or hand-made. */
function foreignNodes(label: string): string {
  return `
UNWIND $ids AS id
MATCH (n:${label} {id: id}) WHERE n.loadedBy IS NULL OR n.loadedBy <> $loadedBy
RETURN n.id AS id, n.loadedBy AS owner`;
}

export type OwnedKind = "article" | "entity" | "fact";
const LABELS = { article: ARTICLE_LABEL, entity: ENTITY_LABEL } as const;

/** Refuses (throws) if some of these articles or entities exist without the load's mark. */
export async function refuseForeignNodes(run: RunStatement, kind: "article" | "entity", ids: string[], loadedBy: string): Promise<void> {
  refuseForeign(kind, await run(foreignNodes(LABELS[kind]), { ids, loadedBy }), loadedBy);
}

/** Throws a GraphOwnershipError if some of `found` (records with `id` and `owner`) is not the load's own. */
export function refuseForeign(kind: OwnedKind, found: Record<string, unknown>[], loadedBy: string): void {
  const foreign = found.filter((x) => x.owner !== loadedBy);
  const [first] = foreign;
  if (!first) return;
  const whose = (owner: unknown) =>
    owner === null || owner === undefined
      ? "was not created by kg load (it has no loadedBy mark)"
      : `is held by graph "${String(owner)}" (KG_LOADED_BY)`;
  const more = foreign.length > 1 ? ` (and ${foreign.length - 1} more in the same batch)` : "";
  throw new GraphOwnershipError(
    `loader: ${kind} "${String(first.id)}" ${whose(first.owner)}${more}; graph "${loadedBy}" never takes over what it did not create, ` +
      "so this load stopped (what it wrote so far carries its own mark only): load under that KG_LOADED_BY, or into another database",
  );
}
