import type { Evidence, Relation } from "@news-kg/schema";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import { buildRelation } from "./build-relation.ts";
import type { SentenceView } from "./sentence-view.ts";

/** Who travels with whom: the leader's id, the companions' ids, and the sentence that says so. */
export interface Entourage {
  leader: string;
  companions: string[];
  evidence: Evidence;
  /** Only the trip's visits that took place: a spouse is not known to go on to the stops still planned. */
  occurredOnly?: boolean;
}

/** How far after "có" (there are) the first companion may be named: "có cha ông, cựu Tổng thống X". */
const COMPANION_REACH = 8;

/** The rule of a visit read from one's place in a leader's entourage. */
const ENTOURAGE_RULE = "entourage-visit";

/** Less sure than a visit stated: the companion may not have gone to every stop. */
const ENTOURAGE_CONFIDENCE = 0.7;

/** "Tháp tùng ông X (trong chuyến đi) còn có Y và Z": the people a sentence names as X's companions. */
export function entourageIn(view: SentenceView): { leader: string; companions: string[] } | undefined {
  const words = view.pack.relations.entourage;
  const opens = words ? view.phraseAt(0, words.opens) : 0;
  const leader = view.mentionAt[opens];
  // A pronoun leader ("Tháp tùng ông có ...") is left alone: whom it stands for is too often the last person named.
  if (!words || !opens || leader?.type !== "PERSON" || leader.kind === "pronoun" || leader.from !== opens || leader.ids.length !== 1)
    return undefined;
  const end = view.clauseEnd(leader.to);
  for (let j = leader.to; j < end; j++) {
    const length = view.phraseAt(j, words.has);
    if (!length) continue;
    for (let k = j + length; k < Math.min(view.tokens.length, j + length + COMPANION_REACH); k++) {
      const first = view.mentionAt[k];
      if (first?.type !== "PERSON" || first.kind === "pronoun" || first.ids.includes(leader.ids[0]!)) continue;
      const companions = view.coordinatedAfter(first).filter((m) => m.type === "PERSON" && m.kind !== "pronoun");
      return { leader: leader.ids[0]!, companions: companions.flatMap((m) => m.ids) };
    }
    return undefined;
  }
  return undefined;
}

/**
 * "Xi's wife Peng Liyuan", "X and his wife Y": a spouse named right after a possessive owner (a name with its clitic,
 * or a possessive pronoun right after "and" and a person's name, who owns it) travels in the owner's entourage, on
 * the visits of the trip the article tells that took place.
 */
export function spousesIn(view: SentenceView): { leader: string; companions: string[]; occurredOnly: true }[] {
  const spouses = view.pack.relations.spouses;
  if (!spouses) return [];
  const { possessiveClitics, possessivePronouns, and } = view.pack.mentions;
  const found: { leader: string; companions: string[]; occurredOnly: true }[] = [];
  for (const m of view.mentions) {
    // "Ruto and First Lady Rachel Ruto": a spouse's style opening the name, right after the owner's "and".
    const styled = m.type === "PERSON" && m.kind === "name" && view.key(m.from - 1) === and && view.phraseAt(m.from, spouses) > 0;
    const host = styled ? view.mentions.find((o) => o.to === m.from - 1) : undefined;
    if (host?.type === "PERSON" && host.kind !== "pronoun" && host.ids.length === 1 && !m.ids.includes(host.ids[0]!))
      found.push({ leader: host.ids[0]!, companions: m.ids, occurredOnly: true });
    // "A welcomed B and his wife C": "his" is B's, the one right before "and", whomever the pronoun was resolved to.
    const pronoun = m.kind === "pronoun" && m.to === m.from + 1 && possessivePronouns.has(view.key(m.from));
    const owner = pronoun ? (view.key(m.from - 1) === and ? view.mentions.find((o) => o.to === m.from - 1) : undefined) : m;
    // "him and his wife C": an object pronoun may own it; a possessive one only through the name before "and".
    if (owner?.type !== "PERSON" || (owner.kind === "pronoun" && !pronoun) || owner.ids.length !== 1) continue;
    if (!pronoun && !possessiveClitics.has(view.key(m.to))) continue;
    const at = pronoun ? m.to : m.to + 1;
    const length = view.phraseAt(at, spouses);
    const spouse = length ? view.mentionAt[at + length] : undefined;
    const leader = owner.ids[0]!;
    if (spouse?.type !== "PERSON" || spouse.kind !== "name" || spouse.from !== at + length || spouse.ids.includes(leader)) continue;
    found.push({ leader, companions: spouse.ids, occurredOnly: true });
  }
  return found;
}

/**
 * The companions of a leader visited the countries of the leader's trip, with the visit's status and date. The trip
 * is the one the article tells first (later sentences tell past or invited ones). Run once visits home are dropped.
 */
export function entourageVisits(entourages: Entourage[], resolved: ResolvedArticle, relations: Relation[]): Relation[] {
  const visits: Relation[] = [];
  for (const { leader, companions, evidence, occurredOnly } of entourages) {
    const trip = relations.filter((r) => {
      if (occurredOnly && r.status !== "occurred") return false;
      const place = r.type === "VISITED" && r.source === leader ? resolved.entities.byId.get(r.target) : undefined;
      return place?.type === "COUNTRY";
    });
    const first = Math.min(...trip.map((r) => r.evidence[0]!.start));
    for (const visit of trip.filter((r) => r.evidence[0]!.start === first))
      for (const companion of companions) {
        const candidate = { type: "VISITED" as const, source: companion, target: visit.target, status: visit.status, rule: ENTOURAGE_RULE };
        const dated = visit.date ? { ...candidate, date: visit.date } : candidate;
        visits.push(buildRelation({ ...dated, confidence: ENTOURAGE_CONFIDENCE }, { ...evidence, rule: ENTOURAGE_RULE }));
      }
  }
  return visits;
}
