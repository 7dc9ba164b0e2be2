// Loads a graph source into Neo4j: schema first, then articles, entities, facts and mentions in batched
// UNWIND managed transactions (a few in flight at once; rows packed as in row-codec.ts), then per-article
// reconciliation of the facts the articles dropped. Loading the same input again leaves the same graph; see
// reconcile-articles.ts for reloads of changed articles and loads after an interrupted one.
import { RELATION_TYPES, type Article, type Entity, type Mention, type Relation, type RelationType } from "@news-kg/schema";
import type { Driver, Session } from "neo4j-driver";
import { batchesByKey } from "./batches.ts";
import { ConcurrentWrites } from "./concurrent-writes.ts";
import { ensureSchema } from "./ensure-schema.ts";
import { LOADED_BY, relationKey, type GraphTarget } from "./graph-model.ts";
import { loadWorkSize, type GraphSource } from "./graph-source.ts";
import { reconcileArticles, type ArticleState } from "./reconcile-articles.ts";
import { runWrite, type RunStatement } from "./run-write.ts";
import { batchParams, type RowSpec } from "./row-codec.ts";
import { ARTICLE_ROW, ENTITY_ROW, MENTION_ROW, articleRow, entityRow, mentionRow, relationRow } from "./to-rows.ts";
import { emptyWriteCounts, type WriteCounts } from "./write-counts.ts";
import { isDuplicateFact, writeFacts } from "./write-facts.ts";
import { countFactsByType, findEvidenceOf, upsertArticles, upsertEntities, upsertMentions } from "./write-statements.ts";

export const DEFAULT_BATCH_SIZE = 2000;
export const DEFAULT_CONCURRENCY = 4;

export type LoadPhase = "schema" | "articles" | "entities" | "relations" | "mentions" | "reconcile";

export interface LoadProgress {
  phase: LoadPhase;
  /** Rows written so far, over all phases (see `loadWorkSize`). */
  done: number;
  /** Rows written so far in this phase. */
  phaseDone: number;
  /** Total rows when the source knows its sizes. */
  total?: number;
}

export interface LoadOptions extends GraphTarget {
  batchSize?: number;
  /**
   * Write transactions in flight at once while loading articles, entities, facts and mentions (default 4).
   * The reconciliation runs one transaction at a time: it rewrites facts that several articles may share.
   */
  concurrency?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadSummary {
  counts: WriteCounts;
  rows: { articles: number; entities: number; relations: number; mentions: number };
  transactions: number;
  elapsedMs: number;
}

export async function loadGraph(driver: Driver, source: GraphSource, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total = source.sizes ? loadWorkSize(source.sizes) : undefined;
  const counts = emptyWriteCounts();
  const rows = { articles: 0, entities: 0, relations: 0, mentions: 0 };
  const loadedBy = options.loadedBy ?? LOADED_BY;
  const state: ArticleState = { relationKeys: new Map(), mentionedEntities: new Map(), entityIds: new Set(), evidenceFound: new Map(), loadedBy };
  const articleIds: string[] = [];
  let done = 0;
  let phaseDone = 0;
  let currentPhase: LoadPhase = "schema";
  let transactions = 0;
  const progress = (phase: LoadPhase, written: number) => {
    if (phase !== currentPhase) [currentPhase, phaseDone] = [phase, 0];
    done += written;
    phaseDone += written;
    options.onProgress?.({ phase, done, phaseDone, total });
  };
  const openSession = () => driver.session({ database: options.database, defaultAccessMode: "WRITE" });
  const session = openSession();
  const writes = new ConcurrentWrites(options.concurrency ?? DEFAULT_CONCURRENCY);
  try {
    await ensureSchema(session, counts);
    progress("schema", 0);

    /** One batch in its own session (so that batches can overlap), normally one transaction. */
    const submitTask = (phase: LoadPhase, size: number, task: (session: Session) => Promise<unknown>) =>
      writes.submit(async () => {
        const batchSession = openSession();
        try {
          await task(batchSession);
        } finally {
          await batchSession.close();
        }
        transactions += 1;
        progress(phase, size);
      });
    const submit = (phase: LoadPhase, size: number, work: (run: RunStatement) => Promise<unknown>) =>
      submitTask(phase, size, (batchSession) => runWrite(batchSession, counts, work));
    const write = (phase: LoadPhase, spec: RowSpec, statement: (unwind: string) => string, batch: object[]) => {
      const { unwind, params } = batchParams(spec, batch);
      return submit(phase, batch.length, (run) => run(statement(unwind), { ...params, loadedBy }));
    };

    const interrupted: string[] = [];
    for await (const [, batch] of batchesByKey<Article, null>(source.articles(), () => null, batchSize)) {
      for (const article of batch) articleIds.push(article.id);
      rows.articles += batch.length;
      const { unwind, params } = batchParams(ARTICLE_ROW, batch.map(articleRow));
      await submit("articles", batch.length, async (run) => {
        for (const record of await run(upsertArticles(unwind), { ...params, loadedBy })) interrupted.push(record.articleId as string);
      });
    }
    await writes.drain();
    if (interrupted.length > 0) await findEvidence(session, interrupted, state);
    for await (const [type, batch] of batchesByKey(source.entities(), (e: Entity) => e.type, batchSize)) {
      for (const entity of batch) state.entityIds.add(entity.id);
      rows.entities += batch.length;
      await write("entities", ENTITY_ROW, (unwind) => upsertEntities(type, unwind), batch.map(entityRow));
    }
    // Facts need their entities committed first.
    await writes.drain();
    const typesWithoutFacts = await factlessTypes(session);
    for await (const [type, batch] of batchesByKey(source.relations(), (r: Relation) => r.type, batchSize)) {
      for (const relation of batch) {
        for (const evidence of relation.evidence) addTo(state.relationKeys, evidence.articleId, relationKey(type, relation.id));
      }
      rows.relations += batch.length;
      const factRows = batch.map(relationRow);
      const assumeNew = typesWithoutFacts.has(type);
      await submitTask("relations", factRows.length, async (batchSession) => {
        const write = (fresh: boolean) => runWrite(batchSession, counts, (run) => writeFacts(run, type, factRows, loadedBy, fresh));
        await write(assumeNew).catch((error: unknown) => {
          if (assumeNew && isDuplicateFact(error)) return write(false);
          throw error;
        });
      });
    }
    await writes.drain();
    for await (const [, batch] of batchesByKey<Mention, null>(source.mentions(), () => null, batchSize)) {
      for (const mention of batch) addTo(state.mentionedEntities, mention.articleId, mention.entityId);
      rows.mentions += batch.length;
      await write("mentions", MENTION_ROW, upsertMentions, batch.map(mentionRow));
    }
    await writes.drain();
    // Reconciliation touches several facts per article: smaller transactions.
    const articleBatch = Math.max(1, Math.floor(batchSize / 5));
    for (let i = 0; i < articleIds.length; i += articleBatch) {
      const batch = articleIds.slice(i, i + articleBatch);
      await reconcileArticles(session, counts, batch, state);
      transactions += 1;
      progress("reconcile", batch.length);
    }
  } finally {
    // On failure, let the batches still in flight end before the caller moves on (their errors are moot).
    await writes.drain().catch(() => {});
    await session.close();
  }
  return { counts, rows, transactions, elapsedMs: performance.now() - started };
}

/** Relation types of which the database holds no fact at all: every fact of theirs this load writes is new. */
async function factlessTypes(session: Session): Promise<Set<RelationType>> {
  const { records } = await session.executeRead((tx) => tx.run(countFactsByType));
  const counts = records[0]?.get("counts") as number[];
  return new Set(RELATION_TYPES.filter((_, i) => counts[i] === 0));
}

/** Keys of the facts carrying evidence of articles whose previous load was interrupted. */
async function findEvidence(session: Session, articleIds: string[], state: ArticleState): Promise<void> {
  const { records } = await session.executeRead((tx) => tx.run(findEvidenceOf, { ids: articleIds, loadedBy: state.loadedBy }));
  for (const record of records) addTo(state.evidenceFound, record.get("articleId"), relationKey(record.get("type"), record.get("relationId")));
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
