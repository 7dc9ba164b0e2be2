// Last phase of a load: for each article of the document that was already in the database, withdraw its
// evidence from facts it no longer supports (deleting facts left without evidence), drop mentions it no
// longer has, delete entities that this left unreferenced, then record the article's current fact keys. One
// transaction per batch of articles; the keys are written last, so a load interrupted before this point
// recomputes the same withdrawals when rerun. The facts an article supported are its recorded keys, plus, if
// its previous load was interrupted (and so may have written facts without recording them), those found
// carrying its evidence (`evidenceFound`). Articles this load created have nothing to withdraw: they only get
// their keys recorded (`recordNewArticles`), batches of them side by side, since each touches only its own.
import type { Session } from "neo4j-driver";
import { batchParams, type RowSpec } from "./row-codec.ts";
import type { RunStatement } from "./run-write.ts";
import { runWrite } from "./run-write.ts";
import { staleEvidence } from "./stale-evidence.ts";
import type { WriteCounts } from "./write-counts.ts";
import { deleteOrphanEntities, readRelationKeys, withdrawEvidence, withdrawMentions, writeRelationKeys } from "./write-statements.ts";

const MENTIONED_ROW: RowSpec = [
  ["articleId", "string"],
  ["entityIds", "stringList"],
];
const KEYS_ROW: RowSpec = [
  ["articleId", "string"],
  ["keys", "stringList"],
];

export interface ArticleState {
  /**
   * `TYPE:relationId` keys of the facts each article of the document gives evidence for, in document order.
   * A fact's evidence comes in one piece, so an article's repeated evidence for a fact only repeats the last key,
   * which is not appended twice; a source repeating a fact id could still repeat a key, which does no harm.
   */
  relationKeys: Map<string, string[]>;
  /** Entity ids each article of the document mentions. */
  mentionedEntities: Map<string, Set<string>>;
  /** Every entity id of the document: never deleted as orphans. */
  entityIds: Set<string>;
  /** Keys of facts found carrying evidence of articles whose previous load was interrupted. */
  evidenceFound: Map<string, Set<string>>;
  loadedBy: string;
}

export async function reconcileArticles(session: Session, total: WriteCounts, articleIds: string[], state: ArticleState): Promise<void> {
  await runWrite(session, total, async (run) => {
    const recorded = (await run(readRelationKeys, { ids: articleIds })) as { articleId: string; keys: string[] }[];
    const previous = recorded.map(({ articleId, keys }) => ({
      articleId,
      keys: [...new Set([...keys, ...(state.evidenceFound.get(articleId) ?? [])])],
    }));
    const touched = new Set<string>();
    for (const [type, rows] of staleEvidence(previous, (id) => new Set(state.relationKeys.get(id)))) {
      await collectEntityIds(run(withdrawEvidence(type), { rows }), touched);
    }
    const mentioned = batchParams(
      MENTIONED_ROW,
      articleIds.map((articleId) => ({ articleId, entityIds: [...(state.mentionedEntities.get(articleId) ?? [])] })),
    );
    await collectEntityIds(run(withdrawMentions(mentioned.unwind), mentioned.params), touched);
    const orphans = [...touched].filter((id) => !state.entityIds.has(id));
    if (orphans.length > 0) await run(deleteOrphanEntities, { ids: orphans, loadedBy: state.loadedBy });
    await recordKeys(run, articleIds, state);
  });
}

/** Records the keys of articles this load created and ends their load (they had no earlier facts or mentions). */
export async function recordNewArticles(session: Session, total: WriteCounts, articleIds: string[], state: ArticleState): Promise<void> {
  await runWrite(session, total, (run) => recordKeys(run, articleIds, state));
}

function recordKeys(run: RunStatement, articleIds: string[], state: ArticleState): Promise<unknown> {
  const keys = batchParams(
    KEYS_ROW,
    articleIds.map((articleId) => ({ articleId, keys: state.relationKeys.get(articleId) ?? [] })),
  );
  return run(writeRelationKeys(keys.unwind), keys.params);
}

async function collectEntityIds(records: ReturnType<RunStatement>, into: Set<string>): Promise<void> {
  for (const record of await records) into.add(record.entityId as string);
}
