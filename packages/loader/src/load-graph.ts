// Loads a graph source into Neo4j: schema first, then articles, entities, facts and mentions in batched
// UNWIND managed transactions (a few in flight at once; rows packed as in row-codec.ts), then per-article
// reconciliation of the facts the articles dropped. Loading the same input again leaves the same graph; see
// reconcile-articles.ts for reloads of changed articles and loads after an interrupted one.
// What is new is written with CREATE rather than MERGE, each time the uniqueness constraints back it up:
// articles, entities and facts when none of their kind carries the load's mark yet (a batch refused as
// duplicate is written again the careful way), mentions of the articles this load created. Those articles
// also skip the reconciliation: there is nothing of theirs to withdraw. New facts and mentions find their
// ends by the element ids the article and entity writes returned (node-refs.ts).
import { RELATION_TYPES, type Article, type Entity, type Mention, type Relation, type RelationType } from "@news-kg/schema";
import type { Driver, Session } from "neo4j-driver";
import { batchesByKey } from "./batches.ts";
import { ConcurrentWrites } from "./concurrent-writes.ts";
import { ensureSchema } from "./ensure-schema.ts";
import { LOADED_BY, relationKey, type GraphTarget } from "./graph-model.ts";
import { loadWorkSize, type GraphSource } from "./graph-source.ts";
import { NodeRefs } from "./node-refs.ts";
import { refuseForeignNodes } from "./ownership.ts";
import { reconcileArticles, recordNewArticles, type ArticleState } from "./reconcile-articles.ts";
import { isDuplicateId, runWrite, type RunStatement } from "./run-write.ts";
import { batchParams } from "./row-codec.ts";
import {
  ARTICLE_ROW,
  ENTITY_ROW,
  MENTION_BY_NODE_ROW,
  MENTION_ROW,
  articleRow,
  entityRow,
  mentionRow,
  relationRow,
  type MentionByNodeRow,
  type MentionRow,
} from "./to-rows.ts";
import { emptyWriteCounts, type WriteCounts } from "./write-counts.ts";
import { writeFacts } from "./write-facts.ts";
import {
  createArticles,
  createEntities,
  createMentions,
  createMentionsByNode,
  factTypesOfMark,
  findEvidenceOf,
  markHasArticles,
  markHasEntities,
  upsertArticles,
  upsertEntities,
  upsertMentions,
} from "./write-statements.ts";

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
   * The reconciliation of articles already in the database runs one transaction at a time: it rewrites facts
   * that several articles may share.
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
  const state: ArticleState = {
    relationKeys: new Map(),
    mentionedEntities: new Map(),
    entityIds: new Set(),
    evidenceFound: new Map(),
    loadedBy,
  };
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

    /** A batch written first as new (`fresh`), and again the careful way if a uniqueness constraint refuses it. */
    const writeNewOrCareful = (fresh: boolean, write: (fresh: boolean) => Promise<unknown>) =>
      write(fresh).catch((error: unknown) => {
        if (fresh && isDuplicateId(error)) return write(false);
        throw error;
      });

    // Articles this load created: nothing of theirs is in the database yet.
    const created = new Set<string>();
    // The element ids of the articles and entities written, for the facts and mentions between them.
    const refs = new NodeRefs();
    const interrupted: string[] = [];
    const articlesNew = !(await readFlag(session, markHasArticles, loadedBy));
    for await (const [, batch] of batchesByKey<Article, null>(source.articles(), () => null, batchSize)) {
      for (const article of batch) articleIds.push(article.id);
      rows.articles += batch.length;
      const { unwind, params } = batchParams(ARTICLE_ROW, batch.map(articleRow));
      const ids = batch.map((article) => article.id);
      await submitTask("articles", batch.length, async (batchSession) => {
        const write = (fresh: boolean) =>
          runWrite(batchSession, counts, async (run) => {
            if (!fresh) await refuseForeignNodes(run, "article", ids, loadedBy);
            return run(fresh ? createArticles(unwind) : upsertArticles(unwind), { ...params, loadedBy });
          });
        const [record] = (await writeNewOrCareful(articlesNew, write)) as Record<string, unknown>[];
        if (!record) throw new Error("loader: the article write returned no row");
        for (const id of record.created as string[]) created.add(id);
        for (const id of record.interrupted as string[]) interrupted.push(id);
        refs.add(record.ids as string[], record.nodes as string[]);
      });
    }
    await writes.drain();
    const interruptedOnly = interrupted.filter((id) => !created.has(id));
    if (interruptedOnly.length > 0) await findEvidence(session, interruptedOnly, state);

    const entitiesNew = !(await readFlag(session, markHasEntities, loadedBy));
    for await (const [type, batch] of batchesByKey(source.entities(), (e: Entity) => e.type, batchSize)) {
      for (const entity of batch) state.entityIds.add(entity.id);
      rows.entities += batch.length;
      const { unwind, params } = batchParams(ENTITY_ROW, batch.map(entityRow));
      const ids = batch.map((entity) => entity.id);
      await submitTask("entities", batch.length, async (batchSession) => {
        const write = (fresh: boolean) =>
          runWrite(batchSession, counts, async (run) => {
            if (!fresh) await refuseForeignNodes(run, "entity", ids, loadedBy);
            return run(fresh ? createEntities(type, unwind) : upsertEntities(type, unwind), { ...params, loadedBy });
          });
        const [record] = (await writeNewOrCareful(entitiesNew, write)) as Record<string, unknown>[];
        refs.add(record?.ids as string[], record?.nodes as string[]);
      });
    }
    // Facts need their entities committed first.
    await writes.drain();
    const typesWithFacts = await factTypesWithMark(session, loadedBy);
    for await (const [type, batch] of batchesByKey(source.relations(), (r: Relation) => r.type, batchSize)) {
      for (const relation of batch) {
        const key = relationKey(type, relation.id);
        for (const evidence of relation.evidence) pushTo(state.relationKeys, evidence.articleId, key);
      }
      rows.relations += batch.length;
      const factRows = batch.map(relationRow);
      await submitTask("relations", factRows.length, (batchSession) =>
        writeNewOrCareful(!typesWithFacts.has(type), (fresh) =>
          runWrite(batchSession, counts, (run) => writeFacts(run, type, factRows, loadedBy, fresh, refs)),
        ),
      );
    }
    await writes.drain();
    // Mentions of created articles are created; the others (and a repeated article-entity pair, after all
    // the rest, so that the last count wins as with MERGE) are merged.
    const repeated: MentionRow[] = [];
    const writeMentions = (statement: (unwind: string) => string, mentionRows: MentionRow[]) => {
      const { unwind, params } = batchParams(MENTION_ROW, mentionRows);
      return submit("mentions", mentionRows.length, (run) => run(statement(unwind), { ...params, loadedBy }));
    };
    const createMentionRows = (mentionRows: MentionRow[]) => {
      const [byNode, byId]: [MentionByNodeRow[], MentionRow[]] = [[], []];
      for (const row of mentionRows) {
        const [articleNode, entityNode] = [refs.get(row.articleId), refs.get(row.entityId)];
        if (articleNode !== undefined && entityNode !== undefined) byNode.push({ articleNode, entityNode, count: row.count });
        else byId.push(row);
      }
      const [nodeBatch, idBatch] = [batchParams(MENTION_BY_NODE_ROW, byNode), batchParams(MENTION_ROW, byId)];
      return submit("mentions", mentionRows.length, async (run) => {
        if (byNode.length > 0)
          await run(createMentionsByNode(nodeBatch.unwind), { ...nodeBatch.params, loadedBy, nodePrefix: refs.nodePrefix });
        if (byId.length > 0) await run(createMentions(idBatch.unwind), { ...idBatch.params, loadedBy });
      });
    };
    for await (const [, batch] of batchesByKey<Mention, null>(source.mentions(), () => null, batchSize)) {
      rows.mentions += batch.length;
      const fresh: MentionRow[] = [];
      const known: MentionRow[] = [];
      for (const mention of batch) {
        const row = mentionRow(mention);
        if (!addTo(state.mentionedEntities, mention.articleId, mention.entityId)) repeated.push(row);
        else (created.has(mention.articleId) ? fresh : known).push(row);
      }
      if (fresh.length > 0) await createMentionRows(fresh);
      if (known.length > 0) await writeMentions(upsertMentions, known);
    }
    await writes.drain();
    for (let i = 0; i < repeated.length; i += batchSize) await writeMentions(upsertMentions, repeated.slice(i, i + batchSize));
    await writes.drain();

    // Articles this load created only record their keys, several batches at once.
    const createdIds = articleIds.filter((id) => created.has(id));
    for (let i = 0; i < createdIds.length; i += batchSize) {
      const batch = createdIds.slice(i, i + batchSize);
      await submitTask("reconcile", batch.length, (batchSession) => recordNewArticles(batchSession, counts, batch, state));
    }
    await writes.drain();
    // Reconciliation touches several facts per article: smaller transactions.
    const knownIds = articleIds.filter((id) => !created.has(id));
    const articleBatch = Math.max(1, Math.floor(batchSize / 5));
    for (let i = 0; i < knownIds.length; i += articleBatch) {
      const batch = knownIds.slice(i, i + articleBatch);
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

/** Relation types of which some fact carries the load's mark: their facts are looked up before writing. */
async function factTypesWithMark(session: Session, loadedBy: string): Promise<Set<RelationType>> {
  const { records } = await session.executeRead((tx) => tx.run(factTypesOfMark, { loadedBy }));
  const present = records[0]?.get("present") as boolean[];
  return new Set(RELATION_TYPES.filter((_, i) => present[i]));
}

async function readFlag(session: Session, query: string, loadedBy: string): Promise<boolean> {
  const { records } = await session.executeRead((tx) => tx.run(query, { loadedBy }));
  return records[0]?.get("present") === true;
}

/** Keys of the facts carrying evidence of articles whose previous load was interrupted. */
async function findEvidence(session: Session, articleIds: string[], state: ArticleState): Promise<void> {
  const { records } = await session.executeRead((tx) => tx.run(findEvidenceOf, { ids: articleIds, loadedBy: state.loadedBy }));
  for (const record of records)
    addTo(state.evidenceFound, record.get("articleId"), relationKey(record.get("type"), record.get("relationId")));
}

/** Adds `value` to the set of `key`; false if it was there already. */
function addTo(map: Map<string, Set<string>>, key: string, value: string): boolean {
  const set = map.get(key);
  if (!set) map.set(key, new Set([value]));
  else if (set.has(value)) return false;
  else set.add(value);
  return true;
}

/** Appends `value` to the list of `key` unless it is already its last item. */
function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
