import type { Relation } from "@news-kg/schema";
import { personSides } from "../resolve/person-sides.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import { buildRelation, relationId } from "./build-relation.ts";

/** The rule of goods sent to whoever thanks for them, no recipient named ("A cảm ơn B đã gửi hàng cứu trợ"). */
export const THANKED_SUPPLY_RULE = "supplied-thanker";

/** The rule of support thanked for ("A thanked B for its support"), where the pack gives it to the thanker's country. */
export const THANKED_SUPPORT_RULE = "thanked-for-support-country";

/** The rule of an act on a leader's administration ("chỉ trích chính quyền Tổng thống X"): on X's country. */
export const ADMINISTRATION_RULE = "administration-of";

/** The rule of an act by a leader's administration ("chính quyền Tổng thống X trừng phạt Y"): by X's country. */
export const ADMINISTRATION_DOER_RULE = "administration-acts";

/** The ending of the rule of a judgement a speaker states of their own country ("Ông A nói: 'B sẽ sát cánh với C'"): A's own stance. */
const SPEAKER_RULE_ENDING = "-by-speaker";

/** The ending of the rule of a judgement a speaker voices for their country, naming it first in what they say. */
const VOICED_RULE_ENDING = `-voiced${SPEAKER_RULE_ENDING}`;

/**
 * The rule of a judgement of a type a speaker states of their own country: "supported-by-speaker",
 * "criticized-by-speaker"; "supported-voiced-by-speaker" where what they say opens on the country.
 */
export function speakerRule(type: Relation["type"], voiced = false): string {
  return `${type.toLowerCase()}${voiced ? VOICED_RULE_ENDING : SPEAKER_RULE_ENDING}`;
}

const isSpeakerRule = (rule: string) => rule.endsWith(SPEAKER_RULE_ENDING);

/**
 * A speaker's support, praise or criticism read from what they say their country does holds only where the country is
 * the speaker's own side and the same sentence gives that country's relation of the same type to the same target.
 * Where what the speaker says opens on the country (a voiced rule), the stance is the speaker's alone: the country's
 * relation loses that sentence's evidence, and goes where it has no other.
 */
export function speakersOwnJudgements(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  if (!relations.some((r) => r.evidence.some((e) => isSpeakerRule(e.rule)))) return relations;
  const sides = personSides(resolved);
  // The country's evidence a speaker voiced (article and start of the sentence, per relation): the speaker's alone.
  const voicedFor = new Map<Relation, Set<string>>();
  const kept = relations.filter((r) => {
    if (!r.evidence.every((e) => isSpeakerRule(e.rule))) return true;
    const own = sides.get(r.source);
    let held = false;
    for (const c of relations) {
      if (c.type !== r.type || c.target !== r.target || resolved.entities.byId.get(c.source)?.type !== "COUNTRY") continue;
      if (!own?.has(resolved.entities.byId.get(c.source)?.name ?? "")) continue;
      for (const e of c.evidence) {
        const f = r.evidence.find((f) => e.articleId === f.articleId && e.start === f.start);
        if (!f) continue;
        held = true;
        if (!f.rule.endsWith(VOICED_RULE_ENDING)) continue;
        const voiced = voicedFor.get(c) ?? new Set<string>();
        voicedFor.set(c, voiced.add(`${e.articleId}:${e.start}`));
      }
    }
    return held;
  });
  if (!voicedFor.size) return kept;
  return kept.flatMap((c) => {
    const voiced = voicedFor.get(c);
    if (!voiced) return [c];
    const evidence = c.evidence.filter((e) => !voiced.has(`${e.articleId}:${e.start}`));
    return evidence.length ? [{ ...c, evidence }] : [];
  });
}

/** The rule of a protest addressed to whom a contact reaches ("summoned envoy X to protest ..."): on X's country. */
export const PROTESTED_TO_RULE = "criticized-addressee";

/** The rule of an act the doers watched done for their sides ("A and B witnessed the signing of ..."): between their countries. */
export const SIDES_RULE = "signed-witnessed";

/** Rules whose person target stands for their country. */
const AS_COUNTRY = new Set([THANKED_SUPPLY_RULE, ADMINISTRATION_RULE, PROTESTED_TO_RULE]);
/** Rules whose person target stands for their one country where they have one, and stays the person where not. */
const AS_COUNTRY_IF_KNOWN = new Set([THANKED_SUPPORT_RULE]);

/**
 * Goods go to a country, not to the person who thanks for them (and come from one, where the pack says suppliesByState), and an administration is its country's: a relation
 * read by such a rule whose target is a person goes to that person's one side (their office's country, or the
 * lexicon's); with none or several, it is dropped. An act watched for one's side (SIDES_RULE) has both ends moved so, and
 * an administration's act (ADMINISTRATION_DOER_RULE) its doer.
 */
export function targetsAsCountry(relations: Relation[], resolved: ResolvedArticle, suppliesByState = false): Relation[] {
  const sides = personSides(resolved);
  const countryNamed = new Map([...resolved.entities.byId.values()].filter((e) => e.type === "COUNTRY").map((e) => [e.name, e.id]));
  const countryOf = (id: string) => {
    if (resolved.entities.byId.get(id)?.type === "COUNTRY") return id;
    const own = [...(sides.get(id) ?? [])];
    return own.length === 1 ? countryNamed.get(own[0]!) : undefined;
  };
  return relations.flatMap((r) => {
    // Both ends of an act watched for one's side are countries: a person with one side stands for it, else none.
    if (r.evidence.every((e) => e.rule === SIDES_RULE)) {
      const [source, target] = [countryOf(r.source), countryOf(r.target)];
      if (!source || !target || source === target) return [];
      const moved = { ...r, source, target };
      return [{ ...moved, id: relationId(moved) }];
    }
    // An administration's act is its country's: a leader with one country stands for it, else the act is dropped.
    if (r.evidence.every((e) => e.rule === ADMINISTRATION_DOER_RULE)) {
      const source = countryOf(r.source);
      if (!source || source === r.target) return [];
      const moved = { ...r, source };
      return [{ ...moved, id: relationId(moved) }];
    }
    // A supply by a person whose sides hold one country is that country's; a person with none (a trader) keeps it.
    if (suppliesByState && r.type === "SUPPLIED" && resolved.entities.byId.get(r.source)?.type === "PERSON") {
      const states = [...(sides.get(r.source) ?? [])].flatMap((name) => countryNamed.get(name) ?? []);
      if (states.length !== 1) return [r];
      if (states[0] === r.target) return [];
      const moved = { ...r, source: states[0]! };
      return [{ ...moved, id: relationId(moved) }];
    }
    const ifKnown = r.evidence.every((e) => AS_COUNTRY_IF_KNOWN.has(e.rule));
    if (!ifKnown && !r.evidence.every((e) => AS_COUNTRY.has(e.rule))) return [r];
    if (resolved.entities.byId.get(r.target)?.type !== "PERSON") return [r];
    const country = countryOf(r.target);
    if (ifKnown && !country) return [r];
    if (!country || country === r.source) return [];
    const moved = { ...r, target: country };
    return [{ ...moved, id: relationId(moved) }];
  });
}

/** The rule of a signing between countries read from one between their officers. */
export const SIGNED_BY_OFFICERS_RULE = "signed-by-officers";

/** Less sure than a signing stated: the countries are read from the signers' offices. */
const SIGNED_BY_OFFICERS_CONFIDENCE = 0.7;

/**
 * "President A and Prime Minister B signed a treaty", "A signed the pact with Country C": officers sign for the
 * states they serve, so a signing with a person at one end is also one between the two countries: a person's one
 * country (their office's or the lexicon's), a country itself. With no country or several at an end, or the same one
 * at both, nothing more is read. The signing between the people stays as read.
 */
export function signedByOfficers(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  const { byId } = resolved.entities;
  const signings = relations.filter(
    (r) =>
      r.type === "SIGNED" &&
      // A signing watched for one's side is already the sides' (targetsAsCountry).
      !r.evidence.every((e) => e.rule === SIDES_RULE) &&
      (byId.get(r.source)?.type === "PERSON" || byId.get(r.target)?.type === "PERSON"),
  );
  if (!signings.length) return [];
  const sides = personSides(resolved);
  const countryNamed = new Map([...byId.values()].filter((e) => e.type === "COUNTRY").map((e) => [e.name, e.id]));
  const countryOf = (id: string) => {
    if (byId.get(id)?.type === "COUNTRY") return id;
    if (byId.get(id)?.type !== "PERSON") return undefined;
    const own = [...(sides.get(id) ?? [])].flatMap((name) => countryNamed.get(name) ?? []);
    return own.length === 1 ? own[0] : undefined;
  };
  return signings.flatMap((r) => {
    const [source, target] = [countryOf(r.source), countryOf(r.target)];
    if (!source || !target || source === target) return [];
    const rule = SIGNED_BY_OFFICERS_RULE;
    const candidate = { type: "SIGNED" as const, source, target, status: r.status, rule, confidence: SIGNED_BY_OFFICERS_CONFIDENCE };
    return [buildRelation(r.date ? { ...candidate, date: r.date } : candidate, { ...r.evidence[0]!, rule })];
  });
}
