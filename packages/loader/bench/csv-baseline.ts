// The baseline: the same graph imported with LOAD CSV ... CALL { } IN TRANSACTIONS, the idiomatic bulk path
// inside the server. CSV files are written (streamed) into the server's import directory first.
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "@news-kg/schema";
import type { Driver } from "neo4j-driver";
import type { SyntheticGraph } from "./synthetic-graph.ts";

/** Relations are split into consecutive segments so the import can be timed at each milestone. */
export interface CsvFiles {
  dir: string;
  articles: string;
  entities: Map<EntityType, string>;
  /** Per segment (ending at the milestone), one file per relation type. */
  relationSegments: { upTo: number; files: Map<RelationType, string> }[];
  mentions: string;
}

const LIST_SEPARATOR = "|";

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return `"${String(value).replaceAll('"', '""')}"`;
}

class CsvWriter {
  private readonly stream: WriteStream;
  constructor(path: string, header: string[]) {
    this.stream = createWriteStream(path, { encoding: "utf8" });
    this.stream.write(header.join(",") + "\n");
  }
  async row(fields: (string | number | null | undefined)[]): Promise<void> {
    if (!this.stream.write(fields.map(csvField).join(",") + "\n")) await once(this.stream, "drain");
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}

export async function writeCsvFiles(graph: SyntheticGraph, dir: string, milestones: number[]): Promise<CsvFiles> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const articles = join(dir, "articles.csv");
  const articleCsv = new CsvWriter(articles, ["id", "title", "url", "published", "lang", "source", "sha256"]);
  for (const a of graph.articles()) await articleCsv.row([a.id, a.title, a.url, a.published, a.lang, a.source, a.sha256]);
  await articleCsv.close();

  const entities = new Map<EntityType, string>();
  const entityCsv = new Map<EntityType, CsvWriter>();
  for (const type of ENTITY_TYPES) {
    entities.set(type, join(dir, `entities-${type}.csv`));
    entityCsv.set(type, new CsvWriter(join(dir, `entities-${type}.csv`), ["id", "name", "type", "aliases"]));
  }
  for (const e of graph.entities()) await entityCsv.get(e.type)?.row([e.id, e.name, e.type, e.aliases.join(LIST_SEPARATOR)]);
  for (const writer of entityCsv.values()) await writer.close();

  const relationSegments: CsvFiles["relationSegments"] = [];
  const header = [
    "id",
    "source",
    "target",
    "status",
    "date",
    "role",
    "cameo",
    "confidence",
    "propertiesJson",
    "articleIds",
    "sentences",
    "starts",
    "ends",
    "rules",
  ];
  let writers = new Map<RelationType, CsvWriter>();
  let index = 0;
  const openSegment = (upTo: number) => {
    const files = new Map<RelationType, string>();
    writers = new Map();
    for (const type of RELATION_TYPES) {
      const path = join(dir, `relations-${upTo}-${type}.csv`);
      files.set(type, path);
      writers.set(type, new CsvWriter(path, header));
    }
    relationSegments.push({ upTo, files });
  };
  const segmentEnds = [...milestones.filter((m) => m < graph.sizes.relations), graph.sizes.relations];
  openSegment(segmentEnds[0] as number);
  for (const r of graph.relations()) {
    if (index === relationSegments.at(-1)?.upTo) {
      for (const writer of writers.values()) await writer.close();
      openSegment(segmentEnds[relationSegments.length] as number);
    }
    const ev = r.evidence;
    await writers
      .get(r.type)
      ?.row([
        r.id,
        r.source,
        r.target,
        r.status,
        r.date,
        r.properties.role,
        r.properties.cameo,
        r.confidence,
        JSON.stringify(r.properties),
        ev.map((e) => e.articleId).join(LIST_SEPARATOR),
        ev.map((e) => e.sentence).join(LIST_SEPARATOR),
        ev.map((e) => e.start).join(LIST_SEPARATOR),
        ev.map((e) => e.end).join(LIST_SEPARATOR),
        ev.map((e) => e.rule).join(LIST_SEPARATOR),
      ]);
    index += 1;
  }
  for (const writer of writers.values()) await writer.close();

  const mentions = join(dir, "mentions.csv");
  const mentionCsv = new CsvWriter(mentions, ["articleId", "entityId", "count"]);
  for (const m of graph.mentions()) await mentionCsv.row([m.articleId, m.entityId, m.count]);
  await mentionCsv.close();
  return { dir, articles, entities, relationSegments, mentions };
}

const list = (field: string) => `split(row.${field}, '${LIST_SEPARATOR}')`;
const intList = (field: string) => `[x IN split(row.${field}, '${LIST_SEPARATOR}') | toInteger(x)]`;

function inTransactions(body: string, batchSize: number): string {
  return `LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
${body}
} IN TRANSACTIONS OF ${Math.trunc(batchSize)} ROWS`;
}

const articleImport = `  MERGE (a:Article {id: row.id})
  SET a.title = row.title, a.url = row.url, a.published = row.published, a.lang = row.lang, a.source = row.source,
      a.sha256 = row.sha256, a.loadedBy = $loadedBy`;

const entityImport = (type: EntityType) => `  MERGE (e:Entity {id: row.id})
  SET e:${ENTITY_LABELS[type]}, e.name = row.name, e.type = row.type, e.aliases = ${list("aliases")}, e.loadedBy = $loadedBy`;

const relationImport = (type: RelationType) => `  MATCH (s:Entity {id: row.source})
  MATCH (t:Entity {id: row.target})
  MERGE (s)-[r:${type} {id: row.id}]->(t)
  SET r.status = row.status, r.date = row.date, r.role = row.role, r.cameo = row.cameo, r.confidence = toFloat(row.confidence),
      r.propertiesJson = row.propertiesJson, r.loadedBy = $loadedBy,
      r.articleIds = ${list("articleIds")}, r.sentences = ${list("sentences")}, r.starts = ${intList("starts")},
      r.ends = ${intList("ends")}, r.rules = ${list("rules")}, r.evidenceCount = size(${list("articleIds")})`;

const mentionImport = `  MATCH (a:Article {id: row.articleId})
  MATCH (e:Entity {id: row.entityId})
  MERGE (a)-[m:MENTIONS]->(e)
  SET m.count = toInteger(row.count), m.loadedBy = $loadedBy`;

/** Runs the import; `onSegment(upTo, ms)` reports the time since start when each relation segment is in. */
export async function importCsv(
  driver: Driver,
  files: CsvFiles,
  options: { importDir: string; loadedBy: string; batchSize: number; onSegment: (upTo: number, elapsedMs: number) => void },
): Promise<number> {
  const session = driver.session({ defaultAccessMode: "WRITE" });
  const started = performance.now();
  const run = async (body: string, path: string) => {
    await session.run(inTransactions(body, options.batchSize), {
      url: `file:///${relative(options.importDir, path)}`,
      loadedBy: options.loadedBy,
    });
  };
  try {
    await run(articleImport, files.articles);
    for (const [type, path] of files.entities) await run(entityImport(type), path);
    for (const segment of files.relationSegments) {
      for (const [type, path] of segment.files) await run(relationImport(type), path);
      options.onSegment(segment.upTo, performance.now() - started);
    }
    await run(mentionImport, files.mentions);
  } finally {
    await session.close();
  }
  return performance.now() - started;
}
