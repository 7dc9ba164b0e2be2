import { createHash } from "node:crypto";
import { CAMEO_CODES, STATIC_RELATIONS, SYMMETRIC_RELATIONS, type Evidence, type Relation } from "@news-kg/schema";
import { boundedMemo } from "../bounded-memo.ts";
import type { RelationCandidate } from "./relate-sentence.ts";

/** One relation with one piece of evidence; symmetric relations are stored with their ends in id order. */
export function buildRelation(c: RelationCandidate, evidence: Evidence): Relation {
  let { source, target } = c;
  if (SYMMETRIC_RELATIONS.has(c.type) && source > target) [source, target] = [target, source];
  const cameo = c.cameo ?? CAMEO_CODES[c.type];
  const relation: Relation = {
    id: "",
    source,
    type: c.type,
    target,
    status: c.status,
    properties: cameo ? { cameo } : {},
    confidence: c.confidence,
    evidence: [evidence],
  };
  if (c.date && !STATIC_RELATIONS.has(c.type)) relation.date = c.date;
  relation.id = relationId(relation);
  return relation;
}

/** A fact is its ends, its type, its status and its date: Putin's visit to Pyongyang in 2000 is not the planned one. */
export function relationId(r: Pick<Relation, "source" | "type" | "target" | "status" | "date">): string {
  const key = [r.type, r.source, r.target, r.status, r.date ?? ""].join("|");
  return `${r.type.toLowerCase()}:${hashedKey(key)}`;
}

/** Room for the facts of a large corpus: the same facts recur in article after article, and hashing is costly. */
const KNOWN_FACTS = 20_000;
const hashedKey = boundedMemo((key) => createHash("sha1").update(key).digest("hex").slice(0, 16), KNOWN_FACTS);

export interface MergeOptions {
  /**
   * An undated fact joins its only dated twin (same ends, type and status), since it most likely states the
   * same event without repeating the date. Only within one article: across articles, one article's date
   * would reach the facts of another, and an article's facts would depend on the batch it came in.
   */
  joinUndatedTwins: boolean;
}

/**
 * One relation per fact: same id → evidence joined (each sentence once), confidence combined as independent
 * support; undated facts joined to their dated twin if asked. Linear in the evidence: each relation keeps
 * the set of evidence it already holds.
 */
export function mergeRelations(relations: Relation[], { joinUndatedTwins }: MergeOptions): Relation[] {
  const byId = new Map<string, Merged>();
  for (const r of relations) {
    const known = byId.get(r.id);
    if (known) absorb(known, r);
    else
      byId.set(r.id, {
        relation: { ...r, properties: { ...r.properties }, evidence: [...r.evidence] },
        seen: new Set(r.evidence.map(evidenceKey)),
      });
  }
  if (joinUndatedTwins) joinUndatedToDated(byId);
  return [...byId.values()].map((m) => m.relation).sort((a, b) => a.id.localeCompare(b.id));
}

function joinUndatedToDated(byId: Map<string, Merged>): void {
  const twins = new Map<string, Merged[]>();
  for (const merged of byId.values()) {
    const r = merged.relation;
    const key = [r.type, r.source, r.target, r.status].join("|");
    const group = twins.get(key);
    if (group) group.push(merged);
    else twins.set(key, [merged]);
  }
  for (const group of twins.values()) {
    const dated = group.filter((m) => m.relation.date);
    const undated = group.find((m) => !m.relation.date);
    if (undated && dated.length === 1) {
      absorb(dated[0]!, undated.relation);
      byId.delete(undated.relation.id);
    }
  }
}

interface Merged {
  relation: Relation;
  seen: Set<string>;
}

function absorb(into: Merged, from: Relation): void {
  for (const e of from.evidence) {
    const key = evidenceKey(e);
    if (into.seen.has(key)) continue;
    into.seen.add(key);
    into.relation.evidence.push(e);
  }
  const r = into.relation;
  r.confidence = Math.min(0.99, Number((1 - (1 - r.confidence) * (1 - from.confidence)).toFixed(3)));
  for (const [k, v] of Object.entries(from.properties)) r.properties[k] ??= v;
}

const evidenceKey = (e: Evidence) => `${e.articleId}|${e.start}|${e.rule}`;
