// `GET /api/relation`: one relation with all its evidence, its two entities and the articles it cites.
import { RELATION_TYPES } from "@news-kg/schema";
import type { Driver } from "neo4j-driver";
import { LOADED_BY, type GraphTarget } from "../graph-model.ts";
import { ExploreError } from "./explore-error.ts";
import { RELATION_COLUMNS, readFragment, type GraphFragment } from "./read-fragment.ts";
import { readTransaction } from "./read-transaction.ts";
import { relationTypesPattern } from "./relation-filter.ts";

// Neo4j plans this as one unique-index seek per type (the loader's `<type>_id` constraints).
const findRelation = `
MATCH ()-[r${relationTypesPattern(RELATION_TYPES)}]->() WHERE r.id = $id AND r.loadedBy = $loadedBy
RETURN ${RELATION_COLUMNS}`;

export async function relationById(driver: Driver, target: GraphTarget, id: string): Promise<GraphFragment> {
  return readTransaction(driver, target, async (run) => {
    const rows = await run(findRelation, { id });
    if (rows.length === 0) throw new ExploreError(404, `no relation "${id}" in graph "${target.loadedBy ?? LOADED_BY}"`);
    return readFragment(run, rows);
  });
}
