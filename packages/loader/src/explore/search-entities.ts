// `GET /api/search`: entities by name and alias through the folding full-text index. The user's text is
// folded and cut into words here, so no Lucene syntax (or anything else) survives: every word must match,
// the last one also as a prefix (search as you type).
import type { EntityType } from "@news-kg/schema";
import { foldText } from "@news-kg/text-fold";
import { int, type Driver } from "neo4j-driver";
import { ENTITY_NAMES_INDEX, type GraphTarget } from "../graph-model.ts";
import { ExploreError } from "./explore-error.ts";
import { DEGREE } from "./read-fragment.ts";
import { readTransaction } from "./read-transaction.ts";

export interface EntityHit {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Relations the entity takes part in. */
  degree: number;
}

/** How Neo4j says that the index is missing (a database no `kg load` wrote to). */
const NO_INDEX = /no such fulltext schema index/i;

/** Words a search may have: names are short, and Lucene refuses queries of over 1024 clauses. */
export const MAX_WORDS = 16;

/** Letters and digits: what Lucene's standard tokenizer keeps of a word (and nothing it reads as syntax). */
const WORD = /[\p{L}\p{N}]+/gu;

/** The Lucene query for a user's text, or undefined when it holds no word. `Putin Vlad` → `putin AND (vlad OR vlad*)`. */
export function entitySearchQuery(text: string): string | undefined {
  const words = foldText(text).match(WORD);
  if (!words) return undefined;
  if (words.length > MAX_WORDS) throw new ExploreError(400, `parameter "q" has more than ${MAX_WORDS} words`);
  const last = words.pop()!;
  return [...words, `(${last} OR ${last}*)`].join(" AND ");
}

const search = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e, score
WHERE e.loadedBy = $loadedBy
WITH e, score, ${DEGREE} AS degree
ORDER BY score DESC, degree DESC, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, degree`;

export async function searchEntities(driver: Driver, target: GraphTarget, text: string, limit: number): Promise<EntityHit[]> {
  const query = entitySearchQuery(text);
  if (query === undefined) return [];
  try {
    const rows = await readTransaction(driver, target, (run) => run(search, { index: ENTITY_NAMES_INDEX, query, limit: int(limit) }));
    return rows as unknown as EntityHit[];
  } catch (error) {
    if (error instanceof Error && NO_INDEX.test(error.message)) {
      throw new ExploreError(503, `the database has no full-text index "${ENTITY_NAMES_INDEX}": \`kg load\` creates it`);
    }
    throw error;
  }
}
