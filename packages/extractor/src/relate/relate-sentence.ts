import { ownerBefore } from "./event-owner.ts";
import type { RelationStatus, RelationType } from "@news-kg/schema";
import type { FoundDate } from "../dates/find-dates.ts";
import type { ResolvedMention } from "../resolve/resolve-article.ts";
import type { Cue, JudgedInSpeechWords, RelationWords, SharedSubjectWords } from "../lang/language-pack.ts";
import { isActor, isPlace, type SentenceView } from "./sentence-view.ts";
import { eventStatus } from "./status.ts";
import { joinedBody } from "./joined-body.ts";
import { HOSTED_VISIT_RULE } from "./drop-own-side.ts";
import {
  ADMINISTRATION_DOER_RULE,
  ADMINISTRATION_RULE,
  PROTESTED_TO_RULE,
  SIDES_RULE,
  speakerRule,
  THANKED_SUPPLY_RULE,
  THANKED_SUPPORT_RULE,
} from "./targets-as-country.ts";
import { placeOfKind } from "./relate-static.ts";
import type { PhraseSet } from "./phrase-set.ts";

/** A relation read from one sentence, before it is merged with the same fact from other sentences. */
export interface RelationCandidate {
  type: RelationType;
  source: string;
  target: string;
  status: RelationStatus;
  date?: string;
  rule: string;
  confidence: number;
  cameo?: string;
  /** A meeting told as the source receiving the target in person ("A tiếp B", "A đón B"): the source is the host. */
  received?: boolean;
}

interface Occurrence {
  cue: Cue;
  from: number;
  to: number;
  /** Where the marker stands that names the source of a `sourceVia` cue ("mua tên lửa từ X"). */
  source?: number;
}

/** A pack's cues by first word, longest first: built once per pack. */
const CUE_INDEXES = new WeakMap<RelationWords, Map<string, Cue[]>>();
function cuesByFirstWord(words: RelationWords): Map<string, Cue[]> {
  let index = CUE_INDEXES.get(words);
  if (!index) {
    index = new Map<string, Cue[]>();
    for (const cue of [...words.cues].sort((a, b) => b.words.length - a.words.length))
      index.set(cue.words[0]!, [...(index.get(cue.words[0]!) ?? []), cue]);
    CUE_INDEXES.set(words, index);
  }
  return index;
}

const QUOTES = new Set(['"', "“", "'", "‘"]);
/** Quotation marks that open or close. */
const QUOTE_MARKS = new Set([...QUOTES, "”", "’"]);
const CLAUSE_END_PUNCTUATION = new Set([",", ".", "!", "?"]);
const LIST_REACH = 20;
/** How far right of an alleging phrase ("cho rằng") the one charged may be. */
const ALLEGING_REACH = 8;
/** How far after the object of thanks its reason may start. */
const THANKS_REASON_REACH = 4;

/** "thanked him", "received her at": a pronoun that is a verb's object, not "his" or "her" owning what follows. */
function objectPronoun(view: SentenceView, m: ResolvedMention): boolean {
  if (m.kind !== "pronoun" || m.to !== m.from + 1) return false;
  const words = view.pack.relations;
  const key = view.key(m.from);
  if (words.objectPronouns?.has(key)) return true;
  if (!words.objectOrOwner?.pronouns.has(key)) return false;
  return !view.tokens[m.to]?.word || words.objectOrOwner.followers.has(view.key(m.to));
}

/** The event relations stated in one sentence. `dates` is called only when a relation needs one. */
export function relateSentence(plain: SentenceView, dates: () => FoundDate[]): RelationCandidate[] {
  const occurrences = findCues(plain);
  const cued = plain.withCueStarts(new Set(occurrences.map((o) => o.from)), new Set(occurrences.map((o) => o.to)));
  const view = cued.withActedOn(actedOn(cued, occurrences)).withDates(dates);
  const charges = chargeRegions(view, occurrences);
  const out: RelationCandidate[] = [];
  const consumed = new Set<number>();
  const emit: Emit = (o, type, subjects, objects, status, rule, received) => {
    // "sanctioned a Chinese refinery", "ngân hàng Trung Quốc hỗ trợ Nga": a country that only qualifies a firm is no party;
    // but what its firms ship or contract for is its trade ("Russian companies supply X with wheat", "South Korean firms
    // signed contracts with X": Russia supplies X, South Korea signs with X).
    if (view.pack.relations.firms && !TRADE_TYPES.has(type)) {
      subjects = subjects.filter((m) => !qualifiesFirm(view, m));
      objects = objects.filter((m) => !qualifiesFirm(view, m));
    }
    // What a charge alleges is done by one named inside it, never by the accuser: "A accused the West of sending arms".
    const charge = type === "ACCUSED" ? undefined : charges.find(([from, to]) => o.from >= from && o.from < to);
    if (charge && view.pack.relations.chargedDoerInside) subjects = subjects.filter((s) => s.from >= charge[2]);
    // Dated only when a relation is made: finding a sentence's dates is costly, and many emits make none.
    let timing: Timing | undefined;
    // "A và B ra sân bay đón ông": a pronoun right after the verb stands for none of the doers joined to its subject.
    const doers = new Set(subjects.flatMap((m) => m.ids));
    for (const s of subjects) {
      for (const t of objects) {
        for (const source of s.ids) {
          for (const told of t.ids) {
            // "B thanked him": an object pronoun is not its verb's doer; it stands for the next person it may.
            const target = source === told && objectPronoun(view, t) ? t.other : told;
            if (target === undefined || source === target) continue;
            if (target === told && doers.has(told) && t.kind === "pronoun" && t.from === o.to) continue;
            const weak = s.kind !== "name" || t.kind !== "name";
            timing ??= timingOf(view, dates, o, type, status);
            out.push({
              type,
              source,
              target,
              status: timing.status,
              date: timing.date,
              rule,
              confidence: weak ? 0.7 : 0.85,
              cameo: o.cue.type === type ? o.cue.cameo : undefined,
              ...(received && { received }),
            });
          }
        }
      }
    }
  };
  const words = view.pack.relations;
  for (const o of occurrences) {
    if (consumed.has(o.from) || insideRequiredWords(view, occurrences, o)) continue;
    if (o.cue.unstatedAfter?.includes(view.key(o.from - 1))) continue;
    if ((o.cue.type === "MET" || o.cue.inPerson) && view.phraseStarts(words.remote).length) continue; // a phone call
    // "A gửi đội cứu hộ tới X", "A xuất khẩu gạo sang X": a bare motion word after a verb of sending takes the goods, not A.
    if (o.cue.type === "VISITED" && o.cue.adjacent && sentBefore(view, occurrences, o)) continue;
    const alleged = charges.some(([from, to]) => o.from >= from && o.from < to);
    const ownVerb = finiteAfterAnd(view, o);
    const told = eventStatus(view, o.from, o.to, isNominal(view, o), alleged, ownVerb);
    if (!told) continue;
    if (o.cue.type === "SANCTIONED" && liftedBefore(view, o)) continue; // "A dỡ bỏ cấm vận đối với X": no sanction laid
    const stated = told === "planned" && ownVerb ? "occurred" : told;
    // A cue that is itself a plan ("is due in X") states no more than a plan, unless it is alleged.
    const status = (o.cue.planned || continuedAct(view, o)) && stated === "occurred" ? "planned" : stated;
    const rule = o.cue.bySides ? SIDES_RULE : `${o.cue.type.toLowerCase()}-${o.cue.kind}:${o.cue.words.join(" ")}`;
    const passive = o.cue.kind === "verb" && takesPassive(view, o.cue.type) ? passiveVoice(view, o) : undefined;
    if (!passive && o.cue.participle && passiveMarker(view, o) !== undefined) {
      // "X was sanctioned over Y": no doer. "Howitzers were delivered to X by Y": goods first, the supplier after "by".
      const agents = o.cue.type === "SUPPLIED" ? agentsAfter(view, o.to, o.cue.reach) : [];
      if (agents.length) relateSupply(view, o, status, rule, emit, agents);
      // "A pact between A and B was signed": the pair is in the subject; "The accord was signed by A and B": after the agent word.
      const symmetric = o.cue.type === "SIGNED" || o.cue.type === "MET";
      const pair = symmetric ? betweenBeforePassive(view, o) : undefined;
      if (pair) emitPairs(o, view.coordinatedAfter(pair), status, rule, emit);
      else if (symmetric && agents.length === 0) {
        const joined = agentsAfter(view, o.to, o.cue.reach);
        const other = otherSide(view, joined);
        // "by A and B on one side and C on the other": the pairs are across the two sides.
        if (other.length) for (const a of joined) for (const b of other) emitPairs(o, [a, b], status, rule, emit);
        else if (joined.length >= PAIR_SIZE) emitPairs(o, joined, status, rule, emit);
        else if (o.cue.type === "SIGNED") {
          // "were signed in the presence of A and B", "In the presence of A and B, ... were signed": the texts of the
          // sides of those before whom they were signed.
          const present = presentAfter(view, o.to, o.cue.reach);
          if (!present.length && words.signedBefore && view.phraseAt(0, words.signedBefore)) present.push(...presentAt(view, 0));
          if (present.flatMap((m) => m.ids).length >= PAIR_SIZE) emitPairs(o, present, status, SIDES_RULE, emit);
        }
      }
      continue;
    }
    if (!passive && o.cue.kind === "verb" && agentlessPassive(view, o)) continue; // "X bị cáo buộc ...": X is charged, by no one named
    if (!passive && signedDealOfSupply(view, o, occurrences, status, rule, emit)) continue;
    const relative = passive ? undefined : objectRelative(view, o);
    if (relative) {
      emit(o, o.cue.type, relative.doers, relative.patients, o.cue.type === "ACCUSED" && status === "alleged" ? "occurred" : status, rule);
      continue;
    }
    const reduced = passive ? undefined : reducedRelative(view, o);
    if (reduced) {
      emit(o, o.cue.type, reduced.doers, reduced.patients, status, `${o.cue.type.toLowerCase()}-passive:${o.cue.words.join(" ")}`);
      continue;
    }
    if (passive) {
      emit(o, o.cue.type, passive.doers, passive.patients, status, `${o.cue.type.toLowerCase()}-passive:${o.cue.words.join(" ")}`);
      continue;
    }
    switch (o.cue.type) {
      case "MET":
      case "SIGNED":
        relateSymmetric(view, o, status, rule, emit, occurrences);
        break;
      case "VISITED":
        relateVisit(view, o, status, rule, emit);
        break;
      case "THANKED":
        relateThanks(view, o, status, rule, emit, consumed, occurrences);
        break;
      case "SUPPLIED":
        relateSupply(view, o, status, rule, emit);
        break;
      case "SUPPORTED": {
        // "hỗ trợ X 50 xe tăng", "hỗ trợ vũ khí cho X": support given in goods is a supply.
        let supplied = false;
        if (words.supplyWithGoods?.has(o.cue.words.join(" ")))
          relateSupply(view, o, status, rule, (...args) => {
            supplied = true;
            emit(...args);
          });
        if (!supplied) relateDefault(view, o, status, rule, withSpeakersJudgement(view, withJoinerBacked(view, emit)));
        break;
      }
      case "ACCUSED": {
        const nominal = nominalDoer(view, o);
        const shared = sharedArguments(view, o, occurrences);
        const subjects = shared?.subjects ?? (nominal ? [nominal] : subjectsOf(view, o));
        // A charge's owner is not whom it charges ("cáo buộc của A rằng nước này ...": "nước này" is not A).
        const charged = (shared?.objects ?? chargedList(view, objectsOf(view, o, isActor, nominal))).filter(
          (m) => !nominal || !m.ids.some((id) => nominal.ids.includes(id)),
        );
        // "A bác bỏ cáo buộc của B": a charge whose owner is named and whose target is not charges the country or body that
        // denies it; a person who denies may speak for another (a spokesperson for the charged state).
        const denial = nominal && !charged.length ? denialBefore(view, o) : undefined;
        const objects = denial ? subjectsOf(view, denial).filter((m) => m.type !== "PERSON") : charged;
        const accusation = status === "alleged" ? "occurred" : status;
        // "A and B accused each other of ...": each accuses the other.
        if (!objects.length && view.phraseAt(o.to, words.reciprocal) && subjects.length > 1)
          for (const s of subjects)
            emit(
              o,
              "ACCUSED",
              [s],
              subjects.filter((t) => t !== s),
              accusation,
              rule,
            );
        else emit(o, "ACCUSED", subjects, objects, accusation, rule);
        break;
      }
      default:
        relateDefault(view, o, status, rule, SPEAKERS_JUDGEMENTS.has(o.cue.type) ? withSpeakersJudgement(view, emit) : emit);
    }
  }
  relateInvitations(view, out, dates);
  relateAllegations(view, occurrences, emit);
  relateProtestsTo(view, occurrences, emit);
  relateJudgedInSpeech(view, emit);
  relateActJudgedInSpeech(view, emit);
  relateActedWithSupport(view, emit);
  relateGoodsFlows(view, occurrences, emit);
  return out;
}

/** When an emitted event happened, and its status once its date is known. */
interface Timing {
  date?: string;
  status: RelationStatus;
}

/** The date of the event cued by `o`, and its status: an event dated after publication has not happened yet. */
function timingOf(view: SentenceView, dates: () => FoundDate[], o: Occurrence, type: RelationType, status: RelationStatus): Timing {
  // An invitation's later date is the invited event's ("mời X tham dự hội nghị vào tháng 5"), not the invitation's.
  const found = nearestDate(view, dates, o.from, type === "INVITED");
  // "said X would host a summit next month and accused Y": a past form joined by "and" is not dated later by a
  // date before the "and".
  const shared = view.pack.relations.sharedSubject;
  const laterBefore = !!found?.after && !!shared && pastAfterAnd(view, o.from, shared) && found.end <= view.tokens[o.from - 1]!.start;
  const date = found && !laterBefore ? (status === "planned" ? (found.ahead ?? found.value) : found.value) : undefined;
  // "X thăm Y vào tháng tới".
  if (status === "occurred" && found?.after && type !== "INVITED" && !laterBefore) return { date, status: "planned" };
  return { date, status };
}

/** How many words may stand between a joined body and the "của" that names who joins it: "(EU)". */
const JOINER_REACH = 4;

/**
 * "A ủng hộ tiến trình gia nhập X của B": the body named after a verb of joining is what is joined; support of the
 * joining backs its owner, named after "của", or no one.
 */
function withJoinerBacked(view: SentenceView, emit: Emit): Emit {
  const joining = view.pack.relations.joining;
  if (!joining) return emit;
  return (o, type, subjects, objects, status, rule) => {
    const backed = objects.flatMap((m) => {
      let k = m.from - 1;
      while (k > o.to && !view.mentionAt[k] && !view.phraseAt(k, joining)) k--;
      const joined = k >= o.to && !view.mentionAt[k] && k + view.phraseAt(k, joining) === m.from;
      if (!joined) return [m];
      const owner = view.pack.eventOwner(view, { from: m.from, to: m.to, reach: JOINER_REACH });
      return owner && isActor(owner) ? [owner] : [];
    });
    if (backed.length) emit(o, type, subjects, backed, status, rule);
  };
}

/** Judgements a speaker who quotes them of their own country states too. */
const SPEAKERS_JUDGEMENTS: ReadonlySet<RelationType> = new Set(["SUPPORTED", "PRAISED", "CRITICIZED"]);

/** Of those, the ones a speaker also states when they tell them, unquoted, right after their verb. */
const TOLD_JUDGEMENTS: ReadonlySet<RelationType> = new Set(["PRAISED", "CRITICIZED"]);

/**
 * "Ông A nói: 'B sẽ sát cánh với C'", 'A nói B "kiên quyết phản đối" việc C ...', "A nói B phản đối C": support, praise
 * or criticism a speaker quotes, or a judgement they tell right after their verb, of a country is the speaker's own
 * too, where the country is theirs (kept only then: see speakersOwnJudgements).
 */
function withSpeakersJudgement(view: SentenceView, emit: Emit): Emit {
  return (o, type, subjects, objects, status, rule) => {
    emit(o, type, subjects, objects, status, rule);
    const reporting = view.words.reporting;
    if (!SPEAKERS_JUDGEMENTS.has(type) || !reporting) return;
    for (const s of subjects) {
      if (s.type !== "COUNTRY") continue;
      let verb = -1;
      for (let k = s.from - 1; k >= 0 && verb < 0; k--) if (!view.mentionAt[k] && view.phraseAt(k, reporting)) verb = k;
      const speaker = verb > 0 ? view.mentions.filter((m) => m.to <= verb && isActor(m)).at(-1) : undefined;
      if (speaker?.type !== "PERSON") continue;
      const opened = verb + view.phraseAt(verb, reporting);
      // Only in their own words: a quotation opens between the speaker and the support; or, unquoted, a judgement whose
      // country only the speaker's verb parts from them ("A khẳng định B kiên quyết phản đối việc C ...", "A nói B hoan
      // nghênh C"). Support told so ("A khẳng định B sẽ tiếp tục ủng hộ C") stays the country's.
      const quoted = view.tokens.slice(speaker.to, o.from).some((t) => QUOTES.has(t.key));
      if (!quoted && !(TOLD_JUDGEMENTS.has(type) && speaker.to === verb && opened === s.from)) continue;
      // Their words open on the country, right after the speaker's verb ('A nói B "sát cánh với C"', 'A khẳng định
      // "B sẽ sát cánh cùng C"'): the speaker voices the stance, which is theirs alone (see speakersOwnJudgements).
      const voiced = quoted && speaker.to === verb && view.tokens.slice(opened, s.from).every((t) => QUOTES.has(t.key));
      emit(o, type, [speaker], objects, status, speakerRule(type, voiced));
    }
  };
}

/** How many words (an adverb, "thêm") may stand between "sẽ tiếp tục" and the act it says lies ahead. */
const CONTINUED_ACT_GAP = 2;

/** "sẽ tiếp tục cung cấp": an act of the pack's continued-act types that a future of going on names (see ModalityWords.continuedActs). */
function continuedAct(view: SentenceView, o: Occurrence): boolean {
  const continued = view.pack.modality.continuedActs;
  if (!continued?.types.has(o.cue.type)) return false;
  for (let k = Math.max(0, o.from - CONTINUED_ACT_GAP - 4); k < o.from; k++) {
    const length = view.mentionAt[k] ? 0 : view.phraseAt(k, continued.words);
    if (length && k + length <= o.from && k + length >= o.from - CONTINUED_ACT_GAP) return true;
  }
  return false;
}

/** Whether a verb of sending stands before the cue in its clause. */
function sentBefore(view: SentenceView, occurrences: Occurrence[], o: Occurrence): boolean {
  const start = view.clauseStart(o.from);
  return occurrences.some((x) => x.cue.type === "SUPPLIED" && x.from >= start && x.to <= o.from && x.source === undefined);
}

/**
 * "A sanctioned B and C, accusing them of ...": a participle after a comma whose object is a pronoun that stands for
 * what the verb before it acted on (see RelationWords.objectPronouns) has that verb's doers and objects; undefined when
 * the cue is not so placed.
 */
function sharedArguments(
  view: SentenceView,
  o: Occurrence,
  occurrences: Occurrence[],
): { subjects: ResolvedMention[]; objects: ResolvedMention[] } | undefined {
  const pronouns = view.pack.relations.objectPronouns;
  if (!pronouns?.has(view.key(o.to)) || view.mentionAt[o.to] || view.key(o.from - 1) !== ",") return undefined;
  const before = occurrences.filter((p) => p.to < o.from && p.cue.kind === "verb").at(-1);
  return before ? { subjects: subjectsOf(view, before), objects: objectsFor(view, before) } : { subjects: [], objects: [] };
}

/** How far back from the "and" a passive marker may make a participle after it one of the same passive chain. */
const PASSIVE_CHAIN_REACH = 6;

/**
 * "said his country would not be bullied and thanked X": a past form right after "and" is a verb of its own, which no
 * future word nor request before governs (it would take the bare form): when it takes an object, or no passive marker runs the
 * chain ("will be received and hosted at the palace").
 */
function finiteAfterAnd(view: SentenceView, o: Occurrence): boolean {
  if (!o.cue.participle || o.cue.kind !== "verb" || view.key(o.from - 1) !== view.pack.mentions.and) return false;
  let at = o.to;
  while (view.pack.mentions.determiners.has(view.key(at))) at++;
  const object = view.mentionAt[at];
  if (object?.from === at && isActor(object)) return true;
  const { markers } = view.pack.relations.passive;
  for (let i = o.from - 2; i >= Math.max(0, o.from - 2 - PASSIVE_CHAIN_REACH); i--) if (markers.has(view.key(i))) return false;
  return true;
}

type Emit = (
  o: Occurrence,
  type: RelationType,
  subjects: ResolvedMention[],
  objects: ResolvedMention[],
  status: RelationStatus,
  rule: string,
  /** The subjects received the objects in person: they are the hosts (see RelationCandidate.received). */
  received?: boolean,
) => void;

/** A doer and what it acts on: "A ủng hộ B", "A ca ngợi những thành tựu của B". */
function relateDefault(view: SentenceView, o: Occurrence, status: RelationStatus, rule: string, emit: Emit): void {
  const received = receivedFrom(view, o);
  if (received) {
    emit(o, o.cue.type, received.doers, received.receivers, status, rule);
    return;
  }
  if (o.cue.onlyReceived) return;
  // "sau nghị quyết trừng phạt của X": X's own act, naming no one it falls on; neither the clause's doer's nor on X.
  if (ownedVerb(view, o)) return;
  if (o.cue.owned && !ownerBefore(view, { from: o.from, to: o.to, reach: o.cue.reach })) return;
  const nominal = nominalDoer(view, o);
  const agents = o.cue.agentAfter ? agentsAfter(view, o.to, o.cue.reach) : [];
  const inviter = inviterBefore(view, o);
  const owners = nominal ? view.coordinatedAfter(nominal).filter(isActor) : [];
  const subjects = agents.length ? agents : nominal ? owners : inviter ? [inviter] : subjectsOf(view, o);
  const accepts = o.cue.type === "PRAISED" ? () => true : isActor;
  const objects = objectsOf(view, o, accepts, nominal);
  const actDoer = objects.length ? undefined : doerOfNamedAct(view, o, subjects);
  if (actDoer) objects.push(actDoer);
  // "lên án quyết định này": an act the sentence before told is taken up before the one the article reports.
  if (!objects.length) objects.push(...doerOfActTold(view, o, subjects));
  if (!objects.length) objects.push(...storyDoers(view, o, subjects));
  if (!objects.length) objects.push(...listed(view, o, nominal), ...rulersOfAct(view, o, subjects));
  // "đưa A, B và C vào danh sách đen": the list's last object must be followed by the required word.
  if (!followedAsRequired(view, o, objects.at(-1))) return;
  if (asksSomethingElse(view, o, objects)) {
    // 'called X "a trusted partner"': a label that is no insult may be a praise (see Cue.otherwise).
    const other = o.cue.otherwise;
    if (!other || asksSomethingElse(view, { ...o, cue: { ...o.cue, onlyThen: other.onlyThen } }, objects)) return;
    emit(o, other.type, subjects, objects, status, `${other.type.toLowerCase()}-${o.cue.kind}:${o.cue.words.join(" ")}`);
    return;
  }
  // "chỉ trích chính quyền Tổng thống X": X's administration, read as X's country (see ADMINISTRATION_RULE); so is
  // one that acts ("chính quyền Tổng thống X trừng phạt Y", ADMINISTRATION_DOER_RULE).
  const administered = objects.filter((m) => underAdministration(view, m));
  const governing = subjects.filter((m) => underAdministration(view, m));
  const doers = subjects.filter((m) => !governing.includes(m));
  const targets = objects.filter((m) => !administered.includes(m));
  emit(o, o.cue.type, doers, targets, status, rule);
  emit(o, o.cue.type, doers, administered, status, ADMINISTRATION_RULE);
  emit(o, o.cue.type, governing, targets, status, ADMINISTRATION_DOER_RULE);
}

/** How many title words ("Tổng thống") may stand between an administration's word and its leader's name. */
const TITLE_WORDS = 3;

/** Whether a person is named as the head of an administration: "chính quyền (Tổng thống) X" (the mention may hold its words). */
function underAdministration(view: SentenceView, m: ResolvedMention): boolean {
  const administrations = view.pack.relations.administrations;
  if (!administrations || m.type !== "PERSON") return false;
  for (let at = m.from; at >= Math.max(0, m.from - TITLE_WORDS - 1); at--) {
    if (at < m.from && (view.mentionAt[at] || !view.tokens[at]!.word)) return false;
    if (view.phraseAt(at, administrations) > 0) return true;
  }
  return false;
}

/** Whether the word after `m`, past a bracketed short form ("X (IRGC) vào ..."), is one the cue requires (see Cue.followedBy). */
function followedAsRequired(view: SentenceView, o: Occurrence, m: ResolvedMention | undefined): boolean {
  return (
    !o.cue.followedBy ||
    (!!m &&
      o.cue.followedBy.includes(
        view.key(pastLabelledClause(view, o, m, pastExamples(view, o, m, pastCountedOthers(view, view.skipAside(m.to))))),
      ))
  );
}

/**
 * Where a labelling cue's object (see RelationWords.labelledActs) starts when what it names next is an act, owned
 * ("quyết định của X") or a clause made a noun ("việc X ..."): the owner's or doer's name, else -1.
 */
function labelledActOwner(view: SentenceView, o: Occurrence, at: number): number {
  const { labelledActs, ownerAfterVerb, clauseNoun, judgesActs } = view.pack.relations;
  if (!o.cue.followedBy || !judgesActs?.has(o.cue.type) || view.mentionAt[at]) return -1;
  const act = labelledActs ? view.phraseAt(at, labelledActs) : 0;
  const owner = act && ownerAfterVerb?.has(view.key(at + act)) ? at + act + 1 : view.key(at) === clauseNoun ? at + 1 : -1;
  return owner > at && view.mentionAt[owner]?.from === owner ? owner : -1;
}

/** How many words a clause made a noun may run past its doer before the word a labelling cue awaits ("việc X ... là"). */
const LABELLED_CLAUSE_REACH = 10;

/** 'gọi việc X hạ đặt giàn khoan là "..."': past a labelled clause's words to the word the cue awaits, else `at`. */
function pastLabelledClause(view: SentenceView, o: Occurrence, m: ResolvedMention, at: number): number {
  const { clauseNoun } = view.pack.relations;
  if (!o.cue.followedBy || !clauseNoun || view.key(m.from - 1) !== clauseNoun || labelledActOwner(view, o, m.from - 1) !== m.from)
    return at;
  for (let k = at; k < Math.min(view.tokens.length, at + LABELLED_CLAUSE_REACH) && !view.isBreak(k); k++)
    if (o.cue.followedBy.includes(view.key(k))) return k;
  return at;
}

/** "barred five officials, including A and B, from entering": past the comma that closes a list of examples, else `at`. */
function pastExamples(view: SentenceView, o: Occurrence, m: ResolvedMention, at: number): number {
  return view.key(at) === "," && m.from > o.to && findExamples(view, o.to, m.from - o.to) >= 0 ? at + 1 : at;
}

/** How many words may name the kind of a counted rest ("and 21 other Chinese companies"). */
const OTHERS_KIND_WORDS = 4;

/** "added X and 21 other Chinese companies to ...": past "and", a number and the words of their kind, else `at`. */
function pastCountedOthers(view: SentenceView, at: number): number {
  if (view.key(at) !== view.pack.mentions.and || !isCardinal(view, at + 1)) return at;
  let j = at + 2;
  // Up to the preposition after the kind ("to its entity list").
  const qualifies = (k: number) =>
    (isPlainNoun(view, k) && !view.words.notSubjectAfter.has(view.key(k))) || view.mentionAt[k]?.type === "COUNTRY";
  while (j < at + 2 + OTHERS_KIND_WORDS && qualifies(j)) j++;
  return j > at + 2 ? j : at;
}

/** How many words a receiving verb may have ("hứng chịu"), and how many may part the act from its doer ("sự ủng hộ mạnh mẽ của X"). */
const RECEIVING_WORDS = 3;
const RECEIVED_FROM_REACH = 4;

/**
 * "X nhận được sự ủng hộ của A và B", "X hứng chỉ trích từ A": an act told from whom it reaches is done by the ones
 * named after the source word, to the receiving clause's subject.
 */
function receivedFrom(view: SentenceView, o: Occurrence): { doers: ResolvedMention[]; receivers: ResolvedMention[] } | undefined {
  const words = view.pack.relations.received;
  if (!words) return undefined;
  let k = o.from;
  while (k > 0 && words.fillers.has(view.key(k - 1))) k--;
  let length = 0;
  for (let n = 1; n <= RECEIVING_WORDS && !length; n++) if (k >= n && view.phraseAt(k - n, words.verbs) === n) length = n;
  if (!length) return undefined;
  let j = o.to;
  while (j < o.to + RECEIVED_FROM_REACH && view.tokens[j]?.word && !view.mentionAt[j] && !words.from.has(view.key(j))) j++;
  const giver = words.from.has(view.key(j)) ? view.mentionAt[j + 1] : undefined;
  if (!giver || giver.from !== j + 1 || !isActor(giver)) return undefined;
  const receivers = doers(view, { ...o, from: k - length, to: k });
  return { doers: view.coordinatedAfter(giver).filter(isActor), receivers };
}

/**
 * "X phóng tên lửa. Nhật Bản lên án vụ phóng": a judgement of an act the sentence before told, taken up by a noun
 * with no doer of its own named, judges whoever did it: that sentence's subject.
 */
function doerOfActTold(view: SentenceView, o: Occurrence, subjects: ResolvedMention[]): ResolvedMention[] {
  const { actAnaphors, actByVerb, judgesActs, judgedAbout } = view.pack.relations;
  const previous = view.context.previous;
  const doer = previous?.firstDoer();
  if (!judgesActs?.has(o.cue.type) || !previous || !doer || subjects.some((s) => s.ids.some((id) => doer.ids.includes(id)))) return [];
  let j = o.to;
  // "quan ngại về động thái này": one word of what the judgement is about may come first.
  if (judgedAbout?.has(view.key(j))) j++;
  while (view.pack.mentions.determiners.has(view.key(j))) j++;
  // "vụ phóng" takes up a launch only after a sentence that told one.
  const verb = view.key(j) === actByVerb ? view.key(j + 1) : undefined;
  const length = verb ? (previous.tokens.some((t) => t.key === verb) ? 2 : 0) : actAnaphors ? view.phraseAt(j, actAnaphors) : 0;
  if (!length) return [];
  if (namedAfterAct(view, j + length)) return [];
  return [doer];
}

/**
 * "Canada imposed sanctions on X. ... Bolivia denounced the embargo", 'called the visit "a violation"': a
 * judgement of an act named by its kind (see RelationWords.namedActs), right after the verb with only a determiner
 * and maybe one word before it, and no one named after it in the clause, judges whoever did all the events of that
 * kind told before.
 */
function doerOfNamedAct(view: SentenceView, o: Occurrence, subjects: ResolvedMention[]): ResolvedMention | undefined {
  const { namedActs, judgesActs, judgedAbout } = view.pack.relations;
  if (!namedActs || !view.context.told || !judgesActs?.has(o.cue.type) || o.cue.kind !== "verb" || o.cue.via) return undefined;
  // "bày tỏ quan ngại trước thỏa thuận": one word of what the judgement is about may come first.
  const to = judgedAbout?.has(view.key(o.to)) ? o.to + 1 : o.to;
  // A language with articles names the act after one ("the embargo"); one without names it bare ("lệnh cấm vận").
  const { determiners } = view.pack.mentions;
  if (determiners.size && !determiners.has(view.key(to))) return undefined;
  const first = determiners.size ? to + 1 : to;
  const kindAt = (j: number) => namedActs.find((a) => view.phraseAt(j, a.nouns) > 0 && (!a.judgedBy || a.judgedBy.has(o.cue.type)));
  const at = kindAt(first) ? first : determiners.size && isPlainNoun(view, first) ? first + 1 : -1;
  const act = at > 0 ? kindAt(at) : undefined;
  if (!act) return undefined;
  const end = at + view.phraseAt(at, act.nouns);
  if (namedAfterAct(view, end)) return undefined;
  const doers = view.context.told.get(act.type);
  if (doers?.size !== 1) return undefined;
  const [id, type] = [...doers][0]!;
  if (subjects.some((s) => s.ids.includes(id))) return undefined;
  // The act's words stand for its doer: what the cue asks after its object follows them ('called the visit "a violation"').
  return { from: at, to: end, ids: [id], type, kind: "name" };
}

/**
 * Whether anyone is named after a judged act's noun ending at `from` in its clause ("condemned the move by X"): up to
 * the copula that lays a label on it, or a verb of its own joined by "and" ('called the raid "a crime" and met X'), a
 * lower-case word that is no determiner.
 */
function namedAfterAct(view: SentenceView, from: number): boolean {
  const { and, determiners, copula } = view.pack.mentions;
  for (let k = from; k < view.tokens.length && !view.isBreak(k); k++) {
    if (view.mentionAt[k]) return true;
    if (view.key(k) === copula) return false; // 'the sanctions "interfere" in X's affairs': the label's names are not its doers
    if (view.key(k) === and && isPlainNoun(view, k + 1) && !determiners.has(view.key(k + 1))) return false;
  }
  return false;
}

/**
 * "Pháp lên án cuộc đảo chính", "chỉ trích việc đàn áp người biểu tình": a criticism of an act of a state's rulers at
 * home, named bare right after the verb with no one named as its doer, judges the one foreign country the article is
 * about (see RelationWords.actsOfRulers), unless the critic is of it.
 */
function rulersOfAct(view: SentenceView, o: Occurrence, subjects: ResolvedMention[]): ResolvedMention[] {
  const { actsOfRulers, judgedAbout } = view.pack.relations;
  const focus = view.context.focus;
  if (!focus || !actsOfRulers || o.cue.type !== "CRITICIZED" || o.cue.kind !== "verb") return [];
  if (subjects.some((s) => s.ids.some((id) => focus.ids.includes(id)))) return [];
  const at = judgedAbout?.has(view.key(o.to)) ? o.to + 1 : o.to;
  return view.phraseAt(at, actsOfRulers) ? [focus] : [];
}

/**
 * "Peru closed its border with Bolivia. ... Chile condemned the move": a judgement of the act the article reports,
 * taken up by a definite noun (see RelationWords.storyActs) right after the verb, maybe past one plain word ("the
 * latest move"), with no one named after it in the clause, judges the article's first subjects. Its words stand for
 * them: what the cue asks after its object follows them ('called the decision "reckless"').
 */
function storyDoers(view: SentenceView, o: Occurrence, subjects: ResolvedMention[]): ResolvedMention[] {
  const { storyActs, judgesActs, judgedAbout } = view.pack.relations;
  if (!storyActs || !view.context.story?.length || !judgesActs?.has(o.cue.type) || o.cue.kind !== "verb" || o.cue.via) return [];
  const { determiners } = view.pack.mentions;
  let at: number;
  if (determiners.size) {
    if (!determiners.has(view.key(o.to))) return [];
    at = view.phraseAt(o.to + 1, storyActs) ? o.to + 1 : isPlainNoun(view, o.to + 1) ? o.to + 2 : -1;
  } else {
    // A language without articles names the act bare, maybe past what the judgement is about: "quan ngại trước quyết định".
    at = judgedAbout?.has(view.key(o.to)) ? o.to + 1 : o.to;
  }
  const length = at > 0 ? view.phraseAt(at, storyActs) : 0;
  if (!length) return [];
  // "hành động của quân đội": an act owned, named or not, is its owner's, not the story's.
  if (namedAfterAct(view, at + length) || view.pack.relations.ownerAfterVerb?.has(view.key(at + length))) return [];
  const story = view.context.story;
  if (subjects.some((s) => s.ids.some((id) => story.some((m) => m.ids.includes(id))))) return [];
  return story.map((m) => ({ from: at, to: at + length, ids: m.ids, type: m.type, kind: "name" }));
}

/** How many words may say that one is on a list: "có tên trong danh sách". */
const LISTED_WORDS = 5;

/** "X nằm trong danh sách trừng phạt của Y": X, the subject of the clause that puts it on Y's list. */
function listed(view: SentenceView, o: Occurrence, owner: ResolvedMention | undefined): ResolvedMention[] {
  const { listedOn } = view.pack.relations;
  if (!listedOn || !owner) return [];
  for (let length = 2; length <= LISTED_WORDS; length++) {
    if (view.phraseAt(o.from - length, listedOn) !== length) continue;
    const subject = firstDoer(view, view.clauseStart(o.from), o.from - length);
    return subject && subject !== owner ? view.coordinatedAfter(subject) : [];
  }
  return [];
}

/** How far after its object what the cue asks of it may be named ("mời X và hai nước khác sang thăm"). */
const ONLY_THEN_REACH = 6;

/** "mời X phát biểu": a word after the object asks for something the cue does not count (see Cue.onlyThen). */
function asksSomethingElse(view: SentenceView, o: Occurrence, objects: ResolvedMention[]): boolean {
  const last = objects.at(-1);
  let after = last ? pastExamples(view, o, last, pastCountedOthers(view, view.skipAside(last.to))) : -1; // "X (IRGC) vào danh sách ...", "X and 12 other firms to"
  if (last) after = pastLabelledClause(view, o, last, after);
  // 'called X "a liar"', "suspended X's membership": the quoted words, or what the owner the cue awaits has, follow.
  while (
    QUOTES.has(view.key(after)) ||
    (o.cue.followedBy?.includes(view.key(after)) && view.pack.mentions.possessiveClitics.has(view.key(after)))
  )
    after++;
  if (!o.cue.onlyThen || !last || !view.tokens[after]?.word || view.isBreak(after)) return false;
  // A name after the first words is what the asked thing acts on: the ask has been said ("mời X cắt băng tại Nhà máy Y").
  for (let j = after; j < after + ONLY_THEN_REACH && !view.isBreak(j) && !view.mentionAt[j] && !view.tokens[j]?.capitalized; j++)
    if (view.phraseAt(j, o.cue.onlyThen)) return false;
  return true;
}

/** A noun cue, or a verb cue made a noun ("sự ủng hộ", "the backing"). */
function isNominal(view: SentenceView, o: Occurrence): boolean {
  if (o.cue.kind === "noun") return true;
  // "the bloc's \"illegitimate\" sanctions on X": a short quoted label between the owner and the cue.
  const at = quotedLabelBefore(view, o.from);
  // A name that ends in a nominalizer's word ("Pháp" France, "biện pháp") does not nominalize: "Pháp lên án X".
  return nominalizes(view, at) && !view.mentionAt[at - 1];
}

/**
 * A verb cue right before the pack's owner word, with no nominalizer of its own ("nghị quyết trừng phạt của X", "tìm
 * hậu thuẫn của X"): the act is X's, told as a thing, whose target the sentence does not give; not where the cue awaits
 * its object past that word (Cue.via).
 */
function ownedVerb(view: SentenceView, o: Occurrence): boolean {
  const next = view.key(o.to);
  if (o.cue.kind !== "verb" || o.cue.endsInObject || o.cue.via?.includes(next)) return false;
  return !!view.pack.relations.ownerAfterVerb?.has(next) && !isNominal(view, o);
}

/** The word before `at` makes what starts there a noun: "việc", "hoạt động" (not "xúc động", an emotion). */
function nominalizes(view: SentenceView, at: number): boolean {
  const word = view.key(at - 1);
  if (!view.pack.relations.nominalizers.has(word)) return false;
  const heads = view.pack.relations.nominalizerHeads?.get(word);
  return !heads || heads.has(view.key(at - 2));
}

/** Where a short quoted label that closes right before `at` opens ('"illegitimate" sanctions'), else `at`. */
function quotedLabelBefore(view: SentenceView, at: number): number {
  if (!QUOTES.has(view.key(at - 1)) && view.key(at - 1) !== "”") return at;
  for (let k = at - 2; k >= Math.max(0, at - LABEL_WORDS - 2); k--) {
    if (QUOTES.has(view.key(k))) return quotedLabelEnd(view, k) === at - 1 ? k : at;
    if (!view.tokens[k]!.word || view.mentionAt[k]) return at;
  }
  return at;
}

/** Relations whose verbs Vietnamese puts in the passive with the doer inside: "được X ủng hộ", "bị X trừng phạt". */
const PASSIVE_TYPES: ReadonlySet<RelationType> = new Set([
  "SUPPORTED",
  "SANCTIONED",
  "CRITICIZED",
  "PRAISED",
  "ACCUSED",
  "INVITED",
  "THANKED",
]);

/** Where the doer follows the verb ("X was received by Y"), any event may be told in the passive. */
function takesPassive(view: SentenceView, type: RelationType): boolean {
  return PASSIVE_TYPES.has(type) || view.pack.relations.passive.doer === "after-verb";
}

interface Passive {
  doers: ResolvedMention[];
  patients: ResolvedMention[];
}

function passiveVoice(view: SentenceView, o: Occurrence): Passive | undefined {
  return view.pack.relations.passive.doer === "before-verb" ? doerBeforeVerb(view, o) : doerAfterVerb(view, o);
}

/**
 * "Iran được Trung Quốc và Nga ủng hộ", "Iran bị Mỹ và Anh trừng phạt": the doers stand between "được"/"bị"
 * and the verb, and what they act on comes before "được"/"bị".
 */
function doerBeforeVerb(view: SentenceView, o: Occurrence): Passive | undefined {
  const doers = closeSubjects(view, o);
  const marker = (doers[0]?.from ?? 0) - 1;
  if (!doers.length || !view.pack.relations.passive.markers.has(view.key(marker))) return undefined;
  return withPatients(view, doers, marker, o.cue.type);
}

/** A passive marker right before a verb whose doer goes before it ("X bị trừng phạt"): the verb states no doer. */
function agentlessPassive(view: SentenceView, o: Occurrence): boolean {
  const { markers, doer } = view.pack.relations.passive;
  return doer === "before-verb" && takesPassive(view, o.cue.type) && markers.has(view.key(o.from - 1)) && !view.mentionAt[o.from - 1];
}

/** "signed by A and B": a symmetric act needs two agents. */
const PAIR_SIZE = 2;
/** The mark that closes a bracketed aside. */
const CLOSING_BRACKET = ")";

/** How far an English passive's marker may stand before the verb ("was also sanctioned"), and its agent word after it. */
const PASSIVE_MARKER_REACH = 2;
const AGENT_REACH = 3;
/** How far the agent word of a passive with its marker may stand, past a setting: "was welcomed at the airport by". */
const PASSIVE_AGENT_REACH = 6;

/** Where an English-style passive marker stands before the cue ("was also sanctioned"), if it does. */
function passiveMarker(view: SentenceView, o: Occurrence): number | undefined {
  const { markers, doer } = view.pack.relations.passive;
  if (doer !== "after-verb") return undefined;
  for (let marker = o.from - 1; marker >= o.from - PASSIVE_MARKER_REACH; marker--) {
    if (view.mentionAt[marker]) return undefined;
    if (markers.has(view.key(marker))) return marker;
  }
  return undefined;
}

/** "Iran was sanctioned by the US and Britain": a marker before the verb, the doers after the agent word. */
function doerAfterVerb(view: SentenceView, o: Occurrence): Passive | undefined {
  const { agentWord } = view.pack.relations.passive;
  const marker = passiveMarker(view, o);
  if (marker === undefined) return frontedParticiple(view, o);
  for (let j = o.to; j < o.to + PASSIVE_AGENT_REACH && !view.isBreak(j); j++) {
    // "was welcomed at the airport (in X) by Y": a setting may come first, but no one else named.
    const named = view.mentionAt[j];
    // Nor a verb joined after it, whose agent it is: "was welcomed with X and praised by Y".
    if (j >= o.to + AGENT_REACH && named && !isPlace(named) && named.type !== "COUNTRY") return undefined;
    if (view.key(j) === view.pack.mentions.and) return undefined;
    if (view.key(j) !== agentWord) continue;
    let at = j + 1;
    while (view.pack.mentions.determiners.has(view.key(at))) at++; // "by the United Nations"
    const agent = view.mentionAt[at];
    if (!agent || !isActor(agent)) continue;
    return withPatients(view, view.coordinatedAfter(agent).filter(isActor), marker);
  }
  return undefined;
}

/**
 * "Invited by Kenya, Ruiz arrived": a participle that opens the sentence with its agent right after it acts on the
 * first actor after the comma that closes it, the main clause's subject.
 */
function frontedParticiple(view: SentenceView, o: Occurrence): Passive | undefined {
  if (o.from !== 0 || view.key(o.to) !== view.pack.relations.passive.agentWord) return undefined;
  const doers = agentsAfter(view, o.to, 1);
  const end = doers.at(-1)?.to;
  if (end === undefined || view.key(end) !== ",") return undefined;
  const patient = view.mentions.find((m) => m.from > end && isActor(m));
  return patient ? { doers, patients: [patient] } : undefined;
}

/**
 * "Hamas, sanctioned by Canada, ...", "eight people and entities sanctioned on Tuesday by Britain": a participle with
 * no marker whose agent follows is a passive told of what stands before it, an actor set off by a comma or a plain
 * noun (then no named one is acted on); the agent is never its object. Not a symmetric act, whose agents are the pair.
 */
function reducedRelative(view: SentenceView, o: Occurrence): Passive | undefined {
  const { type, participle } = o.cue;
  if (!participle || type === "SUPPLIED" || type === "SIGNED" || type === "MET") return undefined;
  if (view.pack.relations.passive.doer !== "after-verb") return undefined;
  const apposed = view.key(o.from - 1) === "," ? view.mentionAt[o.from - 2] : undefined;
  const plain = isPlainNoun(view, o.from - 1);
  if (!plain && !(apposed && isActor(apposed))) return undefined;
  const doers = agentsAfter(view, o.to, AGENT_REACH);
  return doers.length ? { doers, patients: apposed ? [apposed] : [] } : undefined;
}

/** "A and B on one side and C on the other": the actors of the other side, after the pack's words for one side and "and". */
function otherSide(view: SentenceView, side: ResolvedMention[]): ResolvedMention[] {
  const { oneSide } = view.pack.relations;
  const end = side.at(-1)?.to;
  const length = oneSide && end !== undefined ? view.phraseAt(end, oneSide) : 0;
  if (!length || view.key(end! + length) !== view.pack.mentions.and) return [];
  const next = view.mentionAt[end! + length + 1];
  return next && isActor(next) ? view.coordinatedAfter(next).filter(isActor) : [];
}

/** The actors after the pack's agent word within `reach` tokens of `from`, in the same clause: "... by the EU and Canada". */
function agentsAfter(view: SentenceView, from: number, reach: number): ResolvedMention[] {
  const { agentWord } = view.pack.relations.passive;
  for (let j = from; j < Math.min(view.tokens.length, from + reach) && !view.isBreak(j); j++) {
    if (view.key(j) !== agentWord) continue;
    let at = j + 1;
    while (view.pack.mentions.determiners.has(view.key(at))) at++;
    const agent = view.mentionAt[at];
    return agent && isActor(agent) ? view.coordinatedAfter(agent).filter(isActor) : [];
  }
  return [];
}

/** "... signed in the presence of A and B": the actors named right after the pack's words of presence, within reach. */
function presentAfter(view: SentenceView, from: number, reach: number): ResolvedMention[] {
  const before = view.pack.relations.signedBefore;
  if (!before) return [];
  for (let j = from; j < Math.min(view.tokens.length, from + reach) && !view.isBreak(j) && !view.mentionAt[j]; j++) {
    if (view.phraseAt(j, before)) return presentAt(view, j);
  }
  return [];
}

/** The actors named right after the words of presence at `at`: "in the presence of (the) A and B". */
function presentAt(view: SentenceView, at: number): ResolvedMention[] {
  let k = at + view.phraseAt(at, view.pack.relations.signedBefore!);
  while (view.pack.mentions.determiners.has(view.key(k))) k++;
  const present = view.mentionAt[k];
  return present && isActor(present) ? view.coordinatedAfter(present).filter(isActor) : [];
}

/** What the passive acts on: the actors of the list that ends right before the marker. */
function withPatients(view: SentenceView, doers: ResolvedMention[], marker: number, type?: RelationType): Passive | undefined {
  const named = patientBefore(view, marker);
  const first = named && view.chainStart(named);
  // "Nhiều công ty và tổ chức của X bị Y trừng phạt": a country's faceless members sanctioned are a sanction on it, as in
  // the active voice; not its officers or kin (see sanctionedKinds).
  const start = first && view.clauseStart(first.from);
  const members =
    type === "SANCTIONED" &&
    first?.type === "COUNTRY" &&
    start !== undefined &&
    !view.mentions.some((m) => m.from >= start && m.to <= first.from);
  if (members && describesMember(view, start, first.from)) return undefined;
  const owned = members && view.key(first.from - 1) === view.pack.mentions.possessive;
  // "Israel's strike on Doha was condemned": a name after a preposition is inside the subject; its owner heads it.
  const patient =
    first && !owned && view.words.notSubjectAfter.has(view.key(first.from - 1))
      ? ownerBefore(view, { from: first.from - 1, to: first.from - 1, reach: 0 })
      : first;
  if (!patient || !isActor(patient)) return undefined;
  return { doers, patients: view.coordinatedAfter(patient).filter((m) => m.to <= marker) };
}

/** How many plain words (auxiliaries, adverbs) may stand between a passive's subject and its marker: "X has since been". */
const PASSIVE_SUBJECT_GAP = 2;

/** The subject of a passive marker: the actor right before it, past auxiliaries, or the head of "X, who had been". */
function patientBefore(view: SentenceView, marker: number): ResolvedMention | undefined {
  // "X arrived in Y and was welcomed by Z": a passive joined by "and" has the sentence's subject.
  if (view.key(marker - 1) === view.pack.mentions.and) {
    const subject = view.firstDoer();
    return subject && subject.to < marker - 1 ? subject : undefined;
  }
  // "X, who arrived on Monday, was (has been) received by Y": the head of the aside that ends before the marker, as
  // for an active verb.
  const aside = beforeAside(view, marker);
  if (aside) return aside[0];
  for (let k = marker - 1; k >= Math.max(0, marker - 1 - PASSIVE_SUBJECT_GAP); k--) {
    const m = view.mentionAt[k];
    if (m) return m.to === k + 1 && isActor(m) ? m : possessorOpening(view, marker);
    if (view.key(k) === view.words.relativeWho) return view.mentionAt[view.key(k - 1) === "," ? k - 2 : k - 1];
    // "X, the leader of Y, was sanctioned": the comma that closes an apposition the mention holds.
    const apposed = view.key(k) === "," ? view.mentionAt[k - 1] : undefined;
    if (apposed && view.tokens.slice(apposed.from, apposed.to).some((t) => t.key === ",")) return apposed;
    // "Nepal's decision was condemned": a short head after its owner's possessive is the owner's act.
    if (view.pack.mentions.possessiveClitics.has(view.key(k))) return possessorOpening(view, marker);
    if (!view.tokens[k]?.word || view.isBreak(k)) return undefined;
  }
  return possessorOpening(view, marker);
}

/** How many tokens the head of a possessed subject may run to its passive marker: "X's release of treated water from Y". */
const POSSESSED_SUBJECT_REACH = 12;

/**
 * "Japan's release of treated water from the plant was criticised by China": a subject whose owner opens the clause
 * and whose head runs on to the marker (no other actor, no break) is what the owner did; the owner is acted on.
 */
function possessorOpening(view: SentenceView, marker: number): ResolvedMention | undefined {
  let at = view.clauseStart(marker);
  while (view.pack.mentions.determiners.has(view.key(at))) at++;
  const owner = view.mentionAt[at];
  if (!owner || owner.from !== at || !view.pack.mentions.possessiveClitics.has(view.key(owner.to))) return undefined;
  if (marker - owner.to > POSSESSED_SUBJECT_REACH) return undefined;
  for (let k = owner.to + 1; k < marker; k++) if (view.isBreak(k) || (view.mentionAt[k] && isActor(view.mentionAt[k]!))) return undefined;
  return owner;
}

/**
 * Where the cue's words starting at `i` end, or `i` if they are not there: a multiword cue may hold one time or
 * manner phrase of the pack between two of its words ("expressed concern on Tuesday at", "paid tribute on Monday to").
 */
function cueEnd(view: SentenceView, i: number, words: readonly string[]): number {
  if (view.matches(i, words)) return i + words.length;
  const interposed = view.words.interposed;
  if (!interposed) return i;
  for (let k = 1; k < words.length && view.key(i + k - 1) === words[k - 1]; k++) {
    const gap = view.phraseAt(i + k, interposed);
    if (gap && view.matches(i + k + gap, words.slice(k))) return i + words.length + gap;
  }
  return i;
}

/** Cue words outside names, longest first, left to right. */
function findCues(view: SentenceView): Occurrence[] {
  const found: Occurrence[] = [];
  const index = cuesByFirstWord(view.pack.relations);
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.mentionAt[i]) continue;
    let source: number | undefined;
    let end = i;
    const cue = index.get(view.key(i))?.find((c) => {
      end = cueEnd(view, i, c.words);
      const fits =
        end > i &&
        !c.notBefore?.includes(view.key(end)) &&
        !c.notBeforePhrases?.some((p) => view.matches(end, p)) &&
        !c.notAfter?.includes(view.key(i - 1)) &&
        (!c.onlyAfter || c.onlyAfter.includes(view.key(i - 1))) &&
        !(c.notAfterNumber && /^\d/.test(view.key(i - 1))) &&
        !view.mentionAt[end - 1];
      if (!fits || !c.sourceVia) return fits;
      source = sourceMarker(view, c, end);
      return source !== undefined;
    });
    if (!cue) continue;
    found.push({ cue, from: i, to: end, source });
    i = end - 1;
  }
  return found;
}

/**
 * Where the mentions start that cues act on: the token right after each cue, and each cue's objects. Whom a
 * charge names is the doer of what it charges ("cáo buộc Bình Nhưỡng gửi tên lửa"): still a subject.
 */
function actedOn(view: SentenceView, occurrences: Occurrence[]): Set<number> {
  const starts = new Set<number>();
  for (const o of occurrences) {
    if (o.cue.type === "ACCUSED") continue;
    starts.add(o.to);
    for (const m of objectsFor(view, o)) starts.add(m.from);
  }
  return starts;
}

/** What a cue acts on, found as its relation finds it: a signing's partner, a supply's goods are not. */
function objectsFor(view: SentenceView, o: Occurrence): ResolvedMention[] {
  switch (o.cue.type) {
    case "SIGNED":
      return partnerOf(view, o);
    case "SUPPLIED":
      return [];
    case "VISITED":
      return objectsOf(view, o, isPlace);
    case "PRAISED":
      return objectsOf(view, o, () => true);
    default:
      return objectsOf(view, o, isActor);
  }
}

/** How many words (a quantifier: "mọi", "các") may part a denial from the charge it rejects. */
const DENIED_CHARGE_GAP = 1;

/**
 * "X bác bỏ mọi cáo buộc và chỉ trích Y": a charge rejected with nothing of its own after it charges no one; the
 * verb the "and" joins is the denier's own, stated as done.
 */
function deniedBare(view: SentenceView, o: Occurrence): boolean {
  if (view.key(o.to) !== view.pack.mentions.and && !view.isBreak(o.to)) return false;
  return denialBefore(view, o) !== undefined;
}

/** The denial that rejects the charge at `o` ("bác bỏ (mọi) cáo buộc"), as the occurrence of its words, if there is one. */
function denialBefore(view: SentenceView, o: Occurrence): Occurrence | undefined {
  for (let gap = 0; gap <= DENIED_CHARGE_GAP; gap++)
    for (let k = Math.max(0, o.from - gap - 3); k < o.from - gap; k++)
      if (!view.mentionAt[k] && k + view.phraseAt(k, view.pack.modality.denials) === o.from - gap)
        return { ...o, from: k, to: o.from - gap };
  return undefined;
}

/**
 * What a charge covers: tokens [from, to), and the first token its doer may be named at: inside the charge, or the
 * subject of a passive charge ("X bị cáo buộc gửi ...", "X was accused of sending ...": X is charged and does it).
 */
type ChargeRegion = [from: number, to: number, doersFrom: number];

/** Token ranges that a charge covers: what follows "cáo buộc", or "cho rằng" when it charges someone. */
function chargeRegions(view: SentenceView, occurrences: Occurrence[]): ChargeRegion[] {
  const regions: ChargeRegion[] = [];
  for (const o of occurrences)
    if (o.cue.type === "ACCUSED" && !deniedBare(view, o)) {
      const to = chargeEnd(view, o.to, inRelativeAside(view, o.from) ? relativeAsideEnd(view, o.to) : regionEnd(view, o.to));
      regions.push([o.to, to, passiveCharge(view, o) ? view.clauseStart(o.from) : o.to]);
    }
  const { alleging, chargeWords } = view.pack.relations;
  for (const i of view.phraseStarts(alleging)) {
    const length = view.phraseAt(i, alleging);
    const end = regionEnd(view, i + length);
    for (const j of view.phraseStarts(chargeWords)) if (j >= i + length && j < end) regions.push([i + length, end, i + length]);
  }
  const reporting = view.pack.relations.reportedCharge;
  if (reporting)
    for (const i of view.phraseStarts(reporting)) {
      const length = view.phraseAt(i, reporting);
      if (!view.mentionAt[i] && reportsOtherCharged(view, i, i + length))
        regions.push([i + length, regionEnd(view, i + length), i + length]);
    }
  return regions;
}

/** A charge in the passive, with its accuser named or not: "X bị (Y) cáo buộc", "X was accused (by Y) of". */
function passiveCharge(view: SentenceView, o: Occurrence): boolean {
  if (!takesPassive(view, o.cue.type)) return false;
  return agentlessPassive(view, o) || passiveVoice(view, o) !== undefined || (!!o.cue.participle && passiveMarker(view, o) !== undefined);
}

/** "X said Y had supplied ...": a named reporter, and a charge done by another actor named (not "it") after the verb. */
function reportsOtherCharged(view: SentenceView, verb: number, from: number): boolean {
  const end = regionEnd(view, from);
  const start = view.clauseStart(verb);
  const reporter = view.mentions.filter((m) => m.from >= start && m.to <= verb && isActor(m)).at(-1);
  const charged = view.mentions.find((m) => m.from >= from && m.to <= end && isActor(m));
  if (!reporter || !charged || charged.kind === "pronoun" || charged.ids.some((id) => reporter.ids.includes(id))) return false;
  return view.phraseStarts(view.pack.relations.chargeWords).some((j) => j >= charged.to && j < end);
}

/**
 * An occurrence read by a construction of its own rather than from the cue table ("with the backing of X", a
 * judgement in reported speech): the word at `from` stands for its cue, which reaches no further than its words.
 */
function constructionAt(view: SentenceView, type: RelationType, kind: Cue["kind"], from: number, to: number): Occurrence {
  return { cue: { words: [view.key(from)], type, kind, reach: 0 }, from, to };
}

/** How many plain words (a determiner, a degree) may stand before the noun of support: "with the full backing of". */
const SUPPORT_WORDS = 2;

/**
 * "With the backing of Brazil, Chile sent troops", "Chile acted with Brazil's full support": the giver of the support
 * one acts with supports the clause's subject (the main clause's, after a phrase that opens the sentence).
 */
function relateActedWithSupport(view: SentenceView, emit: Emit): void {
  const words = view.pack.relations.actedWithSupport;
  if (!words) return;
  for (let i = 0; i < view.tokens.length - 2; i++) {
    if (view.key(i) !== words.with || view.mentionAt[i]) continue;
    const giver = supportGiver(view, i + 1, words);
    if (!giver) continue;
    let supported: ResolvedMention | undefined;
    if (i === 0) {
      // "With the backing of X, A ...": the main clause's subject right after the phrase's comma, no list going on.
      const comma = view.key(giver.to) === "," ? giver.to : view.tokens.findIndex((t, k) => k > giver.to && t.key === ",");
      const main = comma > 0 ? view.mentionAt[comma + 1] : undefined;
      supported = main?.from === comma + 1 && !view.words.joiners.has(view.key(main.to)) ? main : undefined;
    } else if (view.key(i - 1) === ",") {
      // "A, with the support of X, sent ...": the subject the aside follows, opening the sentence.
      const first = view.mentions[0];
      supported = first?.from === 0 && first.to === i - 1 ? first : undefined;
    } else supported = firstDoer(view, view.clauseStart(i), i);
    if (!supported || !isActor(supported) || supported.ids.some((id) => giver.ids.includes(id))) continue;
    const status = eventStatus(view, i, i + 1, true, false);
    const o = constructionAt(view, "SUPPORTED", "noun", i, i + 1);
    if (status) emit(o, "SUPPORTED", [giver], [supported], status, `supported-noun:${words.with}`);
  }
}

/** The giver of the support named from `at`: "(the) (full) backing of X" or "X's (full) backing". */
function supportGiver(view: SentenceView, at: number, words: NonNullable<RelationWords["actedWithSupport"]>): ResolvedMention | undefined {
  const owner = view.mentionAt[at];
  if (owner?.from === at && view.pack.mentions.possessiveClitics.has(view.key(owner.to))) {
    const noun = supportNounAt(view, owner.to + 1, words);
    return noun !== undefined && isActor(owner) ? owner : undefined;
  }
  const end = supportNounAt(view, at, words);
  if (end === undefined || view.key(end) !== words.of) return undefined;
  const giver = view.mentionAt[end + 1];
  return giver?.from === end + 1 && isActor(giver) ? giver : undefined;
}

/** Where the noun of support ends when it stands at `at` past a few plain words, if it does. */
function supportNounAt(view: SentenceView, at: number, words: NonNullable<RelationWords["actedWithSupport"]>): number | undefined {
  for (let j = at; j <= at + SUPPORT_WORDS; j++) {
    const length = view.phraseAt(j, words.nouns);
    if (length) return j + length;
    if (!isPlainNoun(view, j)) return undefined;
  }
  return undefined;
}

/** How many plain words may stand between a verb of being and the judgement: "poses a grave threat", "is deeply regrettable". */
const JUDGEMENT_GAP = 3;
/** How many plain words may name the act after its owner's possessive: "Peru's naval drills were". */
const JUDGED_ACT_WORDS = 3;

/**
 * 'Boric said Peru's decision was "unacceptable"', '"Peru poses a grave threat to the region," Boric said': a
 * judgement a speaker states of whom the reported clause opens on, or of their act, is the speaker's criticism of
 * them (see JudgedInSpeechWords).
 */
function relateJudgedInSpeech(view: SentenceView, emit: Emit): void {
  const words = view.pack.relations.judgedInSpeech;
  if (!words) return;
  for (let i = 1; i < view.tokens.length - 1; i++) {
    const copula = view.mentionAt[i] ? 0 : view.phraseAt(i, words.copulas);
    if (!copula) continue;
    // 'X said Y remained "a vital partner"': a label of plain praise is praise (insults are read first).
    const type = judgementAfter(view, i + copula, words.judgements, view.pack.modality.negators)
      ? "CRITICIZED"
      : words.praises && judgementAfter(view, i + copula, words.praises, view.pack.modality.negators)
        ? "PRAISED"
        : undefined;
    if (!type) continue;
    const owner = judgedBefore(view, i, words);
    // Praise is read of whom the clause opens on only, not of an act's owner ("the scale of Y's harvest is remarkable").
    if (type === "PRAISED" && owner?.to !== i) continue;
    for (const judged of owner ? [owner] : doersOfActJudged(view, i, words)) {
      const speaker = speakerOf(view, judged, words);
      if (!speaker) continue;
      const o = constructionAt(view, type, "verb", i, i + copula);
      const status = eventStatus(view, speaker.verb, speaker.verb + 1, false, false);
      if (status) emit(o, type, speaker.doers, [judged], status, type === "PRAISED" ? PRAISED_IN_SPEECH_RULE : JUDGED_IN_SPEECH_RULE);
    }
  }
}

/** The rule of praise a speaker states in reported speech. */
const PRAISED_IN_SPEECH_RULE = "praised-in-speech";

/** How many words a definite act's noun phrase may have before a verb of being: "the new travel ban". */
const JUDGED_ACT_PHRASE = 4;

/**
 * 'X said the ban was "unacceptable"', 'X said in a statement that the move was reckless': a definite noun of an act
 * the article told (see storyDoers, doerOfNamedAct) that opens the reported clause right before the verb of being at
 * `at` stands for the act's doers, each from the determiner that opens the report.
 */
function doersOfActJudged(view: SentenceView, at: number, words: JudgedInSpeechWords): ResolvedMention[] {
  const { determiners } = view.pack.mentions;
  for (let start = at - 2; start >= Math.max(0, at - JUDGED_ACT_PHRASE); start--) {
    if (!determiners.has(view.key(start))) continue;
    if (view.key(start - 1) !== words.that || !opensReport(view, start, words)) return [];
    const o = constructionAt(view, "CRITICIZED", "verb", start, start);
    const named = doerOfNamedAct(view, o, []);
    const doers = named ? [named] : storyDoers(view, o, []);
    return doers.filter((m) => m.to === at).map((m) => ({ ...m, from: start }));
  }
  return [];
}

/** How many plain words (a degree, "and", a second epithet) may stand in the owned act's noun phrase: "dangerous and reckless". */
const EPITHET_WORDS = 4;

/**
 * '"Peru's reckless actions endangered our crew," Boric said', 'Boric said that Peru's aggressive moves must stop': a
 * reported clause that opens on an act its owner did, named with an epithet that judges it (see
 * JudgedInSpeechWords.epithets), is the speaker's criticism of the owner, whatever the clause says of the act.
 */
function relateActJudgedInSpeech(view: SentenceView, emit: Emit): void {
  const words = view.pack.relations.judgedInSpeech;
  const { possessiveClitics, determiners } = view.pack.mentions;
  if (!words?.epithets) return;
  for (let j = 1; j < view.tokens.length - 1; j++) {
    if (!possessiveClitics.has(view.key(j))) continue;
    const owner = view.mentionAt[j - 1];
    if (!owner || owner.to !== j || !isActor(owner) || !epithetOfAct(view, j + 1, words.epithets)) continue;
    // "The Peruvian navy's ...": a determiner before the owner opens the clause with it.
    const start = determiners.has(view.key(owner.from - 1)) ? owner.from - 1 : owner.from;
    if (!opensReport(view, start, words)) continue;
    const judged = { ...owner, from: start };
    const speaker = speakerOf(view, judged, words);
    if (!speaker) continue;
    const o = constructionAt(view, "CRITICIZED", "verb", j, j + 1);
    const status = eventStatus(view, speaker.verb, speaker.verb + 1, false, false);
    if (status) emit(o, "CRITICIZED", speaker.doers, [owner], status, JUDGED_IN_SPEECH_RULE);
  }
}

/** Whether an epithet that judges opens the noun phrase at `from` and a plain word of it (its head) follows. */
function epithetOfAct(view: SentenceView, from: number, epithets: PhraseSet): boolean {
  let j = from;
  while (QUOTES.has(view.key(j))) j++;
  const length = view.phraseAt(j, epithets);
  if (!length) return false;
  for (let k = j + length; k < j + length + EPITHET_WORDS; k++) {
    if (QUOTES.has(view.key(k))) continue;
    if (!isPlainNoun(view, k)) return false;
    if (!view.phraseAt(k, epithets) && view.key(k) !== view.pack.mentions.and) return true;
  }
  return false;
}

/** The rule of a judgement a speaker states in reported speech. */
const JUDGED_IN_SPEECH_RULE = "criticized-in-speech";

/** Whether one of the `judgements` follows `from` past a few plain words (quotation marks, articles, degrees), none a negator. */
function judgementAfter(view: SentenceView, from: number, judgements: PhraseSet, negators: PhraseSet): boolean {
  let plain = 0;
  for (let j = from; j < view.tokens.length && plain <= JUDGEMENT_GAP; j++) {
    if (QUOTES.has(view.key(j))) continue;
    if (view.phraseAt(j, judgements)) return true;
    if (!isPlainNoun(view, j) || view.phraseAt(j, negators)) return false;
    plain++;
  }
  return false;
}

/** Whom the clause before the verb of being at `at` judges: the actor it opens on, or the owner of the act it opens on ("Peru's decision"). */
function judgedBefore(view: SentenceView, at: number, words: JudgedInSpeechWords): ResolvedMention | undefined {
  const close = view.mentionAt[at - 1];
  if (close && close.to === at) return isActor(close) && opensReport(view, close.from, words) ? close : undefined;
  for (let j = at - 1; j >= Math.max(0, at - JUDGED_ACT_WORDS); j--) {
    if (!isPlainNoun(view, j)) return undefined;
    if (!view.pack.mentions.possessiveClitics.has(view.key(j - 1))) continue;
    const owner = view.mentionAt[j - 2];
    return owner &&
      owner.to === j - 1 &&
      isActor(owner) &&
      (opensReport(view, owner.from, words) || headOpensReport(view, owner.from, words))
      ? owner
      : undefined;
  }
  return undefined;
}

/** How many words a head noun phrase before the owner's "of" may have: "the growing danger of X's ...". */
const JUDGED_HEAD_WORDS = 4;

/** Whether a short head noun phrase and its "of" open the report before the owner at `at`: '"The scale of X's buildup is ...'. */
function headOpensReport(view: SentenceView, at: number, words: JudgedInSpeechWords): boolean {
  if (!words.of || view.key(at - 1) !== words.of || view.mentionAt[at - 1]) return false;
  for (let j = at - 2; j >= Math.max(0, at - 1 - JUDGED_HEAD_WORDS); j--) {
    if (opensReport(view, j, words)) return true;
    if (!isPlainNoun(view, j)) return false;
  }
  return false;
}

/** Whether a reported clause opens at `at`: after a reporting verb or "that", or right inside a quotation that opens the sentence. */
function opensReport(view: SentenceView, at: number, words: JudgedInSpeechWords): boolean {
  if (at === 1 && QUOTES.has(view.key(0))) return true;
  const before = view.key(at - 1) === words.that ? at - 1 : at;
  return before > 0 && !view.mentionAt[before - 1] && reportingEndsAt(view, before, words) !== undefined;
}

/** How many words a phrase between a reporting verb and "that" may have: "said in a joint statement on Friday that". */
const REPORT_ASIDE_WORDS = 7;

/**
 * Where the reporting verb that ends right before `at` starts, if one does; before a `that` at `at`, maybe past a
 * phrase of where or to whom it was said that names no one ("said in a statement that", see JudgedInSpeechWords.reportAsides).
 */
function reportingEndsAt(view: SentenceView, at: number, words: JudgedInSpeechWords): number | undefined {
  for (let k = Math.max(0, at - 2); k < at; k++) if (k + view.phraseAt(k, words.reporting) === at) return k;
  if (!words.reportAsides || view.key(at) !== words.that) return undefined;
  for (let j = at - 1; j > Math.max(0, at - 1 - REPORT_ASIDE_WORDS); j--) {
    if (view.mentionAt[j] || view.isBreak(j)) return undefined;
    if (!words.reportAsides.has(view.key(j))) continue;
    for (let k = Math.max(0, j - 2); k < j; k++) if (k + view.phraseAt(k, words.reporting) === j) return k;
  }
  return undefined;
}

/**
 * Who states the judgement of `judged`: the subject of the reporting verb before the clause ("Boric said (that) X
 * ..."), or, when the sentence opens on a quotation, the one named right before or after the reporting verb that
 * follows its close ('"...," Boric said', '"...," said Boric').
 */
function speakerOf(
  view: SentenceView,
  judged: ResolvedMention,
  words: JudgedInSpeechWords,
): { doers: ResolvedMention[]; verb: number } | undefined {
  const quoted = QUOTES.has(view.key(0));
  if (!quoted) {
    const at = view.key(judged.from - 1) === words.that ? judged.from - 1 : judged.from;
    const verb = reportingEndsAt(view, at, words);
    if (verb === undefined) return undefined;
    const o = constructionAt(view, "CRITICIZED", "verb", verb, at);
    const doers = subjectsOf(view, o).filter((m) => !m.ids.some((id) => judged.ids.includes(id)));
    return doers.length ? { doers, verb } : undefined;
  }
  for (let j = judged.to; j < view.tokens.length - 1; j++) {
    if (!(view.key(j) === "," && QUOTES.has(view.key(j + 1))) && !closesQuote(view, j)) continue;
    let k = j + 1;
    while (k < view.tokens.length && (QUOTES.has(view.key(k)) || view.key(k) === ",")) k++;
    const first = view.mentionAt[k];
    // '"...," X, the navy's spokesman, said': the reporting verb may follow the speaker's apposition.
    const ends = first?.from === k ? [first.to, first.to + 1, pastApposition(view, first)] : [];
    const verbAt = ends.find((at, n) => (n !== 1 || view.key(first!.to) === ",") && view.phraseAt(at, words.reporting)) ?? -1;
    const verbAfter = verbAt >= 0 ? view.phraseAt(verbAt, words.reporting) : 0;
    if (first?.from === k && verbAfter) return isActor(first) ? { doers: [first], verb: verbAt } : undefined;
    const verb = view.phraseAt(k, words.reporting);
    const after = verb ? view.mentionAt[k + verb] : undefined;
    return after?.from === k + verb && isActor(after) ? { doers: [after], verb: k } : undefined;
  }
  return undefined;
}

/** How many tokens an apposition after a speaker may have: "X, the coast guard's spokesman for the southern sea,". */
const SPEAKER_APPOSITION_TOKENS = 14;

/**
 * Past the comma-closed apposition of the speaker `m` ("X, the navy's spokesman, said"), opened after the name or
 * inside it (a title the name took in: "X, the coast guard's spokesman for the southern sea,"), where the text goes
 * on; else the name's end.
 */
function pastApposition(view: SentenceView, m: ResolvedMention): number {
  const at = m.to;
  let inside = false;
  for (let j = m.from; j < m.to && !inside; j++) inside = view.key(j) === ",";
  if (view.key(at) !== "," && !inside) return at;
  for (let j = at + 1; j < Math.min(view.tokens.length, at + SPEAKER_APPOSITION_TOKENS); j++) {
    if (view.key(j) === ",") return j + 1;
    if (QUOTES.has(view.key(j)) || CLAUSE_END_PUNCTUATION.has(view.key(j))) return at;
  }
  return at;
}

/** How far before its purpose word a contact verb may stand: "talked to Ambassador A and Minister B to protest". */
const ADDRESSEE_REACH = 12;

/**
 * "summoned Peru's ambassador to protest the arrests", "spoke to envoy A and minister B to condemn and protest the
 * raid": a protest whose purpose word follows whom a contact reached criticises them (a person, their country: see
 * PROTESTED_TO_RULE). The contact's doer is the clause's; a talk counts only with a protest word in the purpose.
 */
function relateProtestsTo(view: SentenceView, occurrences: Occurrence[], emit: Emit): void {
  const words = view.pack.relations.protestTo;
  if (!words) return;
  for (let p = 1; p < view.tokens.length - 1; p++) {
    if (!view.pack.relations.purpose.has(view.key(p)) || view.mentionAt[p]) continue;
    const judged = occurrences.find((o) => o.from === p + 1 && o.cue.type === "CRITICIZED" && o.cue.kind === "verb");
    let protest = false;
    for (let k = p + 1; k <= p + words.reach && k < view.tokens.length && !view.isBreak(k); k++)
      if (view.phraseAt(k, words.protests)) protest = true;
    if (!judged && !protest) continue;
    const contact = contactBefore(view, p, words, protest);
    if (!contact) continue;
    const addressees = view.mentions.filter((m) => m.from >= contact.to && m.to <= p && isActor(m));
    if (!addressees.length) continue;
    const o = judged ?? constructionAt(view, "CRITICIZED", "verb", p + 1, p + 2);
    const status = eventStatus(view, contact.from, contact.to, false, false);
    if (!status) continue;
    emit(o, "CRITICIZED", subjectsOf(view, { ...o, from: contact.from, to: contact.to }), addressees, status, PROTESTED_TO_RULE);
  }
}

/** The contact verb that reaches whom the purpose word at `p` follows, within reach and the clause; a talk only for a protest. */
function contactBefore(
  view: SentenceView,
  p: number,
  words: NonNullable<RelationWords["protestTo"]>,
  protest: boolean,
): { from: number; to: number } | undefined {
  for (let j = p - 1; j >= Math.max(0, p - ADDRESSEE_REACH); j--) {
    if (view.isBreak(j) && view.key(j) !== ",") return undefined;
    if (view.mentionAt[j]) continue;
    const summons = view.phraseAt(j, words.summons);
    const talk = protest ? view.phraseAt(j, words.talks) : 0;
    const length = Math.max(summons, talk);
    if (length) return j + length < p ? { from: j, to: j + length } : undefined;
  }
  return undefined;
}

/** "cho rằng" that charges someone is an accusation of the first actor after it. */
function relateAllegations(view: SentenceView, occurrences: Occurrence[], emit: Emit): void {
  const { alleging, chargeWords } = view.pack.relations;
  for (const i of view.phraseStarts(alleging)) {
    const length = view.phraseAt(i, alleging);
    const end = regionEnd(view, i + length);
    if (!view.phraseStarts(chargeWords).some((j) => j >= i + length && j < end)) continue;
    const words = view.tokens.slice(i, i + length).map((t) => t.key);
    const o: Occurrence = { cue: { words, type: "ACCUSED", kind: "verb", reach: ALLEGING_REACH }, from: i, to: i + length };
    if (occurrences.some((x) => x.from === i)) continue;
    const status = eventStatus(view, o.from, o.to, false, false);
    // "cho rằng nó vi phạm nghị quyết của X": the owner of what a charged verb wronged is not whom the claim charges;
    // the owner of a charged act made a noun is ("cho rằng hoạt động gửi đạn pháo của X ...").
    const verbBefore = (to: number) => view.phraseStarts(chargeWords).some((k) => k >= i + length && k < to && !nominalizes(view, k));
    const wronged = (m: ResolvedMention) => view.key(m.from - 1) === view.pack.mentions.possessive && verbBefore(m.from);
    const chargeable = (m: ResolvedMention) => isActor(m) && !wronged(m);
    // The first actor charged, and those coordinated with it ("cho rằng A và B đang ..."), not one named further on.
    const first = objectsOf(view, o, chargeable)[0];
    const accused = first ? view.coordinatedAfter(first).filter(chargeable) : [];
    if (status) emit(o, "ACCUSED", subjectsOf(view, o), accused, status, `accused-verb:${words.join(" ")}`);
  }
}

/** Whether token `i` is in a relative clause ("X, who has accused Y of ..., thanked Z"). */
function inRelativeAside(view: SentenceView, i: number): boolean {
  const start = view.clauseStart(i);
  return view.key(start) === view.words.relativeWho || view.key(start - 1) === view.words.relativeWho;
}

/** Where a relative aside that goes on at `from` closes: its comma, or the clause's end. */
function relativeAsideEnd(view: SentenceView, from: number): number {
  let j = from;
  while (j < view.tokens.length && !view.isBreak(j)) j++;
  return j;
}

/** A charge runs to the end of its clause; "rằng" (that ...) opens what is charged rather than ending it. */
function regionEnd(view: SentenceView, from: number): number {
  let j = from;
  while (j < view.tokens.length && !(view.isBreak(j) && view.key(j) !== "," && view.key(j) !== view.words.complementizer)) j++;
  return j;
}

/** Who does what the cue states: the actor just before it, else the first actor of its clause. */
function subjectsOf(view: SentenceView, o: Occurrence): ResolvedMention[] {
  const subjects = doers(view, o);
  if (o.cue.byDelegation) return subjects.filter((m) => m.type !== "PERSON");
  return o.cue.inPerson ? subjects.filter((m) => m.type === "PERSON") : subjects;
}

/** How many words may stand between a governing preposition and its cue ("in a bilateral meeting"). */
const GOVERNED_LEAD = 2;

/** Whether a preposition governs the cue, maybe across a determiner or an adjective ("during their meeting"). */
function isGoverned(view: SentenceView, o: Occurrence): boolean {
  const { cueGoverning, cueGoverningLead } = view.words;
  for (let j = o.from - 1; j >= Math.max(0, o.from - 1 - GOVERNED_LEAD); j--) {
    if (cueGoverning?.has(view.key(j))) return true;
    if (!cueGoverningLead?.has(view.key(j))) return false;
  }
  return false;
}

/** The actors right before the cue, as a coordinated chain ("Nga và Triều Tiên cùng bày tỏ"), if there are. */
function closeSubjects(view: SentenceView, o: Occurrence): ResolvedMention[] {
  // "A phong tỏa B với cáo buộc B ...": a cue governed by a preposition is no deed of the name before it.
  if (isGoverned(view, o)) return [];
  let start = view.clauseStart(o.from);
  // "X, Bộ trưởng ... Y, đã tới Z": the mark that closes an apposition opens no clause.
  const held = view.mentionAt[start - 2];
  if (held && held.to === start - 1 && closingMark(view, held)) start = view.clauseStart(held.from);
  let nearest: ResolvedMention | undefined;
  for (let j = o.from - 1; j >= start && !nearest; j--) {
    const m = view.mentionAt[j];
    if (m && m.from >= start && m.to <= o.from && isActor(m)) nearest = m;
  }
  if (!nearest || !closeTo(view, nearest.to + closingMark(view, nearest), o.from)) return [];
  // "A rời X đến Y": the place left does not go; who leaves it does.
  const left = view.chainStart(nearest).from - 1;
  if (view.words.departure?.has(view.key(left))) return closeSubjects(view, { ...o, from: left, to: left });
  // "dẫn độ A sang X": who is taken there does not go of their own; who takes them is no visitor either.
  if (phraseEndingAt(view, left, view.words.takenBy, TAKEN_BY_WORDS)) return [];
  const first = leaderBeforeDelegation(view, nearest) ?? view.chainStart(nearest);
  const companions = companionsBefore(view, o, first);
  if (companions.length) return companions;
  if (!view.canBeSubject(first, true) && !afterJudgingVerb(view, first.from)) return [];
  // "thăm Nga và chào", "hội kiến A, B và hội đàm": what an earlier cue acted on does not do the next thing.
  // "thanked Kenya for its help and invited": nor across the "and" that joins the next verb; nor a name in what the
  // earlier cue's object goes on to say ("praised Chile for a fine summit in Lima and thanked X").
  const and = view.pack.mentions.and;
  const actedOnBefore = view.actedOn.has(nearest.from) || [...view.actedOn].some((at) => at >= start && at < nearest.from);
  if (actedOnBefore && view.tokens.slice(nearest.to, o.from).some((t) => t.key === and)) return [];
  return view.coordinatedAfter(first);
}

/**
 * "X, Bộ trưởng Quốc phòng Y, đã tới Z", "X – Đại sứ Y – đã trao": the mark that closes an office in apposition (the
 * one that opened it inside the mention) parts no subject from its verb. How many tokens it takes: 0 or 1.
 */
function closingMark(view: SentenceView, m: ResolvedMention): number {
  const mark = view.tokens[m.to];
  if (!mark || mark.word) return 0;
  return view.tokens.slice(m.from, m.to).some((t) => !t.word && t.text === mark.text) ? 1 : 0;
}

/**
 * "A sẽ cùng B đến X", "trước khi cùng B đến X": one who goes with the doer goes too. The companion word opens the
 * doer's company (its first word, "cùng" of "cùng với"); the doer is whoever does what the clause says without it.
 */
function companionsBefore(view: SentenceView, o: Occurrence, first: ResolvedMention): ResolvedMention[] {
  const word = view.words.togetherWith[0]!;
  const at =
    view.key(first.from - 1) === word ? first.from - 1 : view.matches(first.from - 2, view.words.togetherWith) ? first.from - 2 : -1;
  if (at < 0 || view.mentionAt[at - 1]) return [];
  const company = view.coordinatedAfter(first).filter((m) => m.type === "PERSON" || m.type === "COUNTRY");
  const leads = doers(view, { from: at, to: at, cue: { ...o.cue, closeSubject: false } });
  return leads.length ? [...leads, ...company] : [];
}

/**
 * "A dẫn đầu phái đoàn B tới X": the one who leads a delegation is who goes, as in "phái đoàn B do A dẫn đầu" (the
 * pack's led-by closers, said actively). The delegation's words may include its rank ("Đoàn đại biểu cấp cao").
 */
function leaderBeforeDelegation(view: SentenceView, m: ResolvedMention): ResolvedMention | undefined {
  const { collectives, ledBy } = view.words;
  let j = m.from - 1;
  while (j > 0 && !view.mentionAt[j] && (view.pack.relations.delegation.has(view.key(j)) || collectives.has(view.key(j)))) j--;
  if (j === m.from - 1) return undefined;
  const closer = ledBy.closers.find((words) => view.matches(j - words.length + 1, words));
  const leader = closer && view.mentionAt[j - closer.length];
  return leader && isActor(leader) && view.canBeSubject(leader, true) ? view.chainStart(leader) : undefined;
}

/**
 * "lên án việc phương Tây cung cấp vũ khí": a clause made a noun has its own doer, here one no actor stands for; the
 * doer of the verb outside it is not that doer. Right before the cue the word nominalizes the cue alone, and before
 * another verb ("việc ký kết thỏa thuận cung cấp") the clause has no subject of its own.
 */
function unnamedInsideClauseNoun(view: SentenceView, o: Occurrence): boolean {
  const word = view.pack.relations.clauseNoun;
  // "lên án việc dẫn độ và cáo buộc X": a verb joined by "and" goes on the main clause, not the clause made a noun.
  if (!word || view.key(o.from - 1) === view.pack.mentions.and) return false;
  for (let j = o.from - 1; j >= view.clauseStart(o.from); j--) {
    const m = view.mentionAt[j];
    if (m && isActor(m)) return false;
    if (!m && view.key(j) === word) return j < o.from - 1 && !cueStartingAt(view, j + 1);
  }
  return false;
}

/** Cues that judge what they act on: a named event they take is someone else's ("hoan nghênh lệnh trừng phạt"). */
const JUDGING: ReadonlySet<RelationType> = new Set(["PRAISED", "CRITICIZED", "SUPPORTED", "THANKED"]);
/** How many plain words (a determiner, a nominalizer) may part a judging verb from the named event it takes. */
const JUDGED_EVENT_GAP = 3;
/** The most words a cue has. */
const CUE_WORDS = 4;

/**
 * "A hoan nghênh lệnh trừng phạt", "A lên án các cuộc tấn công": a named event that a judging verb takes is not the
 * deed of that verb's doer; only its own owner ("của X") does it.
 */
function judgedEvent(view: SentenceView, o: Occurrence): boolean {
  if (!isNominal(view, o)) return false;
  for (let end = o.from; end >= Math.max(0, o.from - JUDGED_EVENT_GAP); end--) {
    if (end < o.from && !isPlainNoun(view, end)) return false;
    for (let k = Math.max(0, end - CUE_WORDS); k < end; k++) {
      const cue = view.mentionAt[k] ? undefined : cueStartingAt(view, k);
      if (cue && cue.kind === "verb" && JUDGING.has(cue.type) && k + cue.words.length === end) return true;
    }
  }
  return false;
}

/**
 * "A phản đối B bán vũ khí cho C": whom a judging or charging verb names right before another verb does that verb, though
 * the judging verb ends in a word that is a preposition elsewhere ("đối", "với", "cho").
 */
function afterJudgingVerb(view: SentenceView, at: number): boolean {
  for (let k = Math.max(0, at - CUE_WORDS); k < at; k++) {
    const cue = view.mentionAt[k] ? undefined : cueStartingAt(view, k);
    if (cue && cue.kind === "verb" && (JUDGING.has(cue.type) || cue.type === "ACCUSED") && k + cue.words.length === at) return true;
  }
  return false;
}

/**
 * "đưa X vào danh sách trừng phạt": a cue inside the words another cue of its type requires after its object (see
 * Cue.onlyThen) is part of that cue, and states nothing of its own.
 */
function insideRequiredWords(view: SentenceView, occurrences: Occurrence[], o: Occurrence): boolean {
  return occurrences.some((p) => {
    if (p.to > o.from || !p.cue.onlyThen || p.cue.type !== o.cue.type) return false;
    for (let k = p.to; k <= o.from; k++) if (k + view.phraseAt(k, p.cue.onlyThen) >= o.to) return true;
    return false;
  });
}

/** How long an aside between a subject and its verb may be, in tokens; how many words may part the aside and the verb. */
const ASIDE_REACH = 30;
const ASIDE_VERB_GAP = 3;

/**
 * "Poland, which borders Ukraine, condemned ...", "Poland, a NATO member, condemned ...": the actor before the aside
 * that ends before the word at `verb`. Undefined when no aside ends there; empty when one does after no actor named
 * ("The king, whose father X ruled, will travel": whoever the king is, X is not the doer).
 */
function beforeAside(view: SentenceView, verb: number): ResolvedMention[] | undefined {
  const openers = view.pack.relations.asideOpeners;
  // "X, người từng là đại sứ, đã đến Y": a plan or tense word may stand between the aside and the verb.
  let end = verb - 1;
  while (end >= verb - ASIDE_VERB_GAP && view.tokens[end]?.word && !view.mentionAt[end]) end--;
  if (!openers || view.key(end) !== ",") return undefined;
  for (let i = end - 1; i >= Math.max(1, verb - ASIDE_REACH); i--) {
    if (view.key(i) !== ",") continue;
    // "X, who toured Jinja, eastern Uganda, thanked": a comma inside the aside opens nothing.
    // "X, người đã gặp Y, tiếp tục đến Z": a relative clause is an aside too.
    if (!openers.has(view.key(i + 1)) && view.key(i + 1) !== view.words.relativeWho) continue;
    const head = view.mentionAt[i - 1];
    // "The king, whose father ...": a relative aside on a head no name gives.
    if (!head && view.key(i + 1) === view.words.relativeWhose) return [];
    if (!head || head.to !== i || !isActor(head)) return undefined;
    const first = view.chainStart(head);
    return view.canBeSubject(first, true) ? view.coordinatedAfter(first).filter((m) => m.to <= i) : undefined;
  }
  return undefined;
}

/** How many plain words (a tense or aspect word) may stand between an unnamed doer and its verb: "tập đoàn vừa ký". */
const UNNAMED_DOER_GAP = 2;

/** The most words a kind of body has ("nhà sản xuất"). */
const BODY_KIND_WORDS = 3;

/** How many words a doer no actor stands for has ("các nước phương Tây"). */
const UNNAMED_DOER_WORDS = 4;

/**
 * A doer no actor stands for right before the cue, past a few plain words; the speaker or another name further back is
 * not the doer. A body's kind alone, no name after it ("Ông A cho biết tập đoàn vừa ký thỏa thuận với B"), or many
 * states as one (the pack's unnamedDoers: "A chúc mừng B, phương Tây chỉ trích C", "phương Tây đe dọa trừng phạt C"),
 * unless listed after an actor ("Mỹ và phương Tây trừng phạt C": the list acts).
 */
function unnamedDoerBefore(view: SentenceView, o: Occurrence): boolean {
  const heads = view.pack.mentions.bodyKindHeads;
  const phrases = view.pack.relations.unnamedDoers;
  if (!heads && !phrases) return false;
  const start = view.clauseStart(o.from);
  for (let end = o.from - 1; end >= Math.max(start, o.from - 1 - UNNAMED_DOER_GAP); end--) {
    // The longest first: "Mỹ và các nước phương Tây" lists the whole phrase after an actor, not its tail "phương Tây".
    for (let length = Math.min(UNNAMED_DOER_WORDS, end + 1); phrases && length >= 1; length--) {
      const from = end - length + 1;
      if (view.phraseAt(from, phrases) !== length) continue;
      const before = view.mentionAt[from - 2];
      return !(view.words.joiners.has(view.key(from - 1)) && view.key(from - 1) !== "," && before && isActor(before));
    }
    for (let length = 1; heads && length <= BODY_KIND_WORDS && end - length + 1 >= start; length++) {
      const from = end - length + 1;
      if (heads.has(view.keysOf(from, end + 1)) && view.tokens.slice(from, end + 1).every((_, i) => isPlainNoun(view, from + i)))
        return true;
    }
    if (!isPlainNoun(view, end)) return false;
  }
  return false;
}

function doers(view: SentenceView, o: Occurrence): ResolvedMention[] {
  if (unnamedInsideClauseNoun(view, o) || judgedEvent(view, o) || unnamedDoerBefore(view, o)) return [];
  const lead = leadingParticiple(view, o);
  if (lead !== undefined) return doers(view, { ...o, from: lead, to: lead + 1 });
  const reporter = reporterBeforeAnd(view, o);
  if (reporter !== undefined) return doers(view, { ...o, from: reporter, to: reporter + 1 });
  const guest = invitedGuestBefore(view, o);
  if (guest) return [guest];
  const members = thankedMembers(view, o);
  if (members.length) return members;
  const led = ledDelegationBefore(view, o.from);
  if (led) return [led];
  const aside = beforeAside(view, o.from);
  if (aside) return aside;
  const close = closeSubjects(view, o);
  if (close.length) return close;
  const described = copulaSubject(view, o);
  if (described) return [described];
  const thanked = thankedDoer(view, o);
  if (thanked.length) return thanked;
  let start = view.clauseStart(o.from);
  const leads = subordinate(view, start) || opensOnVerb(view, start, o);
  const head = relativeHead(view, start);
  // "X, người vừa tới Y": a bare motion verb right after the relative word is its head's.
  const closeHead = head && closeTo(view, view.key(start) === view.words.relativeWho ? start + 1 : start, o.from);
  // "A hội đàm với B trước khi (lên đường) sang X": a clause after "when" that opens on its verb goes on with the
  // doer of the clause before.
  const afterWhen = view.key(start - 1) === view.words.when && closeTo(view, start, o.from);
  if (o.cue.closeSubject && !leads && !closeHead && !afterWhen && !afterSequencer(view, start, o.from) && !nextDeed(view, o)) return [];
  if (head) return [head];
  if (unknownRelativeHead(view, start)) return [];
  // "A delegation led by X arrived in Y": the one who leads the clause's delegation does what it does.
  const leader = leaderAfterDelegation(view, start);
  if (leader && leader.to <= o.from) return [leader];
  const first = firstDoer(view, start, o.from);
  if (first) return view.coordinatedAfter(first);
  if (leads) {
    let comma = o.to;
    while (comma < view.tokens.length && view.key(comma) !== ",") comma++;
    const main = view.mentions.find((m) => m.from > comma && view.canBeSubject(m));
    // "At their summit in X, A and B signed ...": the main clause's doers, all of them; in every language for a
    // meeting, which is among them ("Sau cuộc hội đàm, A và B đã ký").
    const all = view.pack.relations.leadingTakesAllDoers || o.cue.type === "MET";
    if (main) return all ? view.coordinatedAfter(main) : [main];
  }
  // "A sẽ hội đàm với B, hội kiến C", "A bác bỏ ..., trong khi tố cáo": a clause without a doer shares the one
  // before; not a quotation ("... với Matxcơva: Chúng tôi đánh giá cao"), nor a nominalized event.
  // A nominalized event has no doer of its own, unless a leading phrase sets it in the clause before ("X arrived
  // in Y after a visit to Z").
  // "A met B, as part of a visit to X" / "A hội đàm với B, trong khuôn khổ chuyến thăm X": a phrase that opens
  // on a leading word sets the event as the scene of the clause before, whose doer it is.
  const leading = view.words.leadingPhrase;
  if (isNominal(view, o) && !leading.has(view.key(start - 1)) && !leading.has(view.key(start)) && !carriedByVerb(view, o)) return [];
  // "trừng phạt X vì bán vũ khí": a reason without a doer is about whom the clause before acted on.
  if (view.key(start - 1) === view.words.because && o.from - start <= 2) {
    const before = view.mentions.filter((m) => m.to < start && isActor(m)).at(-1);
    // "X bị A trừng phạt vì bán ...": in the passive the one acted on stands before the marker, not the doer after it.
    const marker = before ? view.chainStart(before).from - 1 : -1;
    if (before && view.pack.relations.passive.doer === "before-verb" && view.pack.relations.passive.markers.has(view.key(marker))) {
      const patient = patientBefore(view, marker);
      return patient ? [patient] : [];
    }
    return before ? [before] : [];
  }
  if (!isNominal(view, o) && hasOwnSubject(view, start)) return [];
  const speaker = speakerOfOpeningVerb(view, o);
  if (speaker) return view.coordinatedAfter(speaker);
  // "X cho biết A sẽ nêu vấn đề này khi gặp B", "bản ghi nhớ mà A ký khi thăm Y", "X cho biết A, trong chuyến thăm Y,
  // đã ...": a clause after "when", or an event named in a leading phrase after a comma, is the act of the clause right
  // before it, even where that one is reported or relative (whose subject acts in no later clause).
  const eventAside = view.key(start - 1) === "," && view.words.leadingPhrase.has(view.key(start)) && isNominal(view, o);
  let whenClause = view.key(start - 1) === view.words.when || eventAside;
  while (start > 1 && view.key(start - 1) !== ":" && !QUOTES.has(view.key(start))) {
    let boundary = start - 1; // the break itself, which may be words ("cho biết")
    while (boundary > 0 && !view.isBreak(boundary)) boundary--;
    const before = view.clauseStart(boundary);
    if (before >= start) break;
    // Only the earlier clause's subject, before its own verb: not whom it names after ("A cảm ơn B; đánh giá cao C").
    const verbAt = firstCueAt(view, before, boundary);
    // "A tới X, sau hành trình xuyên Y, bắt đầu chuyến thăm Z": a phrase set off after a comma that opens on a leading
    // word and holds no verb names where or when, not who goes on acting.
    const setting = view.key(before - 1) === "," && view.words.leadingPhrase.has(view.key(before)) && verbAt === boundary;
    const hidden = setting || isRelativeAside(view, before) || (!whenClause && embedded(view, before));
    whenClause = false;
    const doer = hidden ? undefined : firstDoer(view, before, verbAt);
    if (doer) return view.coordinatedAfter(doer);
    start = before;
  }
  return [];
}

/**
 * Whom an accusation charges: the first object, and the ones listed with it when the list ends right before a word that
 * opens the charge ("accused A and B of ..."), or anywhere in a pack whose charge follows bare ("cáo buộc A và B cung
 * cấp ..."); not names inside the charge ("accused A of helping B and C", "cáo buộc A giúp B và C").
 */
function chargedList(view: SentenceView, objects: ResolvedMention[]): ResolvedMention[] {
  const first = objects[0];
  if (!first) return [];
  const list = view.coordinatedAfter(first);
  const { chargeOpeners: openers, chargeFollowsBare } = view.pack.relations;
  return list.length > 1 && (chargeFollowsBare || openers?.has(view.key(list.at(-1)!.to))) ? list : [first];
}

/** Relations of trade, which a country's firms conduct for it (see qualifiesFirm). */
const TRADE_TYPES: ReadonlySet<RelationType> = new Set(["SUPPLIED", "SIGNED"]);

/** How many plain words may stand between a firm's noun and the country that qualifies it ("Chinese oil firms"). */
const FIRM_WORDS = 2;

/**
 * "a small Chinese refinery", "Chinese shipping companies", "các công ty Trung Quốc", "doanh nghiệp vận tải Lào và Ấn
 * Độ": a country that only qualifies a business (see RelationWords.firms), past a few plain lower-case words, none
 * saying the state owns it. A firm "of" a country ("các công ty của Iran") is read as the country's, as before.
 */
function qualifiesFirm(view: SentenceView, m: ResolvedMention): boolean {
  const firms = view.pack.relations.firms!;
  if (m.type !== "COUNTRY") return false;
  const plain = (k: number) =>
    !view.mentionAt[k] && !!view.tokens[k]?.word && !view.tokens[k]!.capitalized && !view.phraseAt(k, firms.state);
  if (!firms.before) {
    let j = m.to;
    if (view.pack.mentions.possessiveClitics.has(view.key(j))) j++;
    for (let k = j; k <= j + FIRM_WORDS && plain(k); k++) if (view.phraseAt(k, firms.nouns)) return true;
    return false;
  }
  // Back over the countries listed with it: "Lào và Ấn Độ".
  let end = m.from;
  while (view.words.joiners.has(view.key(end - 1)) && view.mentionAt[end - 2]?.type === "COUNTRY") end = view.mentionAt[end - 2]!.from;
  const owner = view.pack.mentions.possessive;
  for (let k = end - 1; k >= Math.max(0, end - FIRM_WORDS - 3) && plain(k) && view.key(k) !== owner; k--) {
    const length = view.phraseAt(k, firms.nouns);
    if (length && end - (k + length) <= FIRM_WORDS) return true;
  }
  return false;
}

/**
 * "met Kenyan and British marines": countries that only qualify the people met (see RelationWords.peopleMet) are no
 * party to the meeting.
 */
function withoutQualifiers(view: SentenceView, objects: ResolvedMention[]): ResolvedMention[] {
  const people = view.pack.relations.peopleMet;
  const last = objects.at(-1);
  if (!people || !last || last.type !== "COUNTRY" || !view.phraseAt(last.to, people)) return objects;
  return objects.filter((m) => m.type !== "COUNTRY");
}

/** How far back from "and" a reporting or accusing verb may stand whose subject the past form after "and" shares. */
const SHARED_SUBJECT_REACH = 25;

/** Whether the cue at `at` is a past form right after "and" (see SharedSubjectWords): not a gerund, not a noun. */
function pastAfterAnd(view: SentenceView, at: number, words: SharedSubjectWords): boolean {
  if (view.key(at - 1) !== view.pack.mentions.and || view.mentionAt[at] || view.key(at).endsWith(words.gerund)) return false;
  const cue = cueStartingAt(view, at);
  return !!cue?.participle && cue.kind === "verb";
}

/**
 * "A said B would host the talks and thanked C", "A accused B of lying and praised C": where the reporting or accusing
 * verb stands whose subject the past form right after "and" shares (see SharedSubjectWords), or undefined.
 */
function reporterBeforeAnd(view: SentenceView, o: Occurrence): number | undefined {
  const words = view.pack.relations.sharedSubject;
  if (!words || !pastAfterAnd(view, o.from, words)) return undefined;
  // "A said B stood with C "in all things", and commended D": a comma before the "and" closes the reported clause, as a
  // bare form would; a quotation inside it is passed over whole.
  const commaAnd = view.key(o.from - 2) === ",";
  let bare = commaAnd;
  let quoted = false;
  for (let i = o.from - 2; i >= Math.max(0, o.from - SHARED_SUBJECT_REACH); i--) {
    const key = view.key(i);
    if (commaAnd && QUOTE_MARKS.has(key)) quoted = !quoted;
    if (commaAnd && (quoted || QUOTE_MARKS.has(key))) continue;
    if (key === words.perfect || (!view.tokens[i]!.word && key !== ",")) return undefined;
    if (words.bare.has(key)) bare = true;
    if (bare && !view.mentionAt[i] && view.phraseAt(i, words.reporting)) return i;
    // "..., while B welcomed it and thanked C": a clause opened by a word has a subject of its own.
    if (view.tokens[i]!.word && view.isBreak(i) && key !== view.words.complementizer) return undefined;
    const cue = view.mentionAt[i] ? undefined : cueStartingAt(view, i);
    if (cue?.type === "ACCUSED" && cue.kind === "verb" && chargedGerund(view, i + cue.words.length, o.from, words)) return i;
  }
  return undefined;
}

/** "of lying": the charge opener followed by a gerund within [from, to). */
function chargedGerund(view: SentenceView, from: number, to: number, words: SharedSubjectWords): boolean {
  for (let j = from; j < to - 1; j++)
    if (view.key(j) === words.chargeOf && !view.mentionAt[j + 1] && view.key(j + 1).endsWith(words.gerund)) return true;
  return false;
}

/** Where a charge from `from` ends before `end`: at an "and" whose past form goes on the accuser's clause (see SharedSubjectWords). */
function chargeEnd(view: SentenceView, from: number, end: number): number {
  const words = view.pack.relations.sharedSubject;
  if (!words || !chargedGerund(view, from, end, words)) return end;
  for (let j = from; j < end; j++) {
    if (view.key(j) === words.perfect) return end;
    if (pastAfterAnd(view, j + 1, words)) return j;
  }
  return end;
}

/** How far back from "and" a participle may open the clause that the participle after "and" goes on. */
const PARTICIPLE_CHAIN_REACH = 20;

/**
 * ", saying Kigali had armed no one and blaming Kinshasa": a participle right after "and" goes on the participle
 * clause opened after a comma before it, and has its doer, not the subject of what that participle reports.
 */
function leadingParticiple(view: SentenceView, o: Occurrence): number | undefined {
  const clause = view.words.participleClause;
  const suffix = clause?.suffix;
  if (!suffix || view.key(o.from - 1) !== view.pack.mentions.and || !view.key(o.from).endsWith(suffix)) return undefined;
  for (let i = o.from - 2; i > Math.max(0, o.from - PARTICIPLE_CHAIN_REACH); i--) {
    if (view.key(i - 1) !== ",") continue;
    return !view.mentionAt[i] && view.key(i).endsWith(suffix) ? i : undefined;
  }
  return undefined;
}

/**
 * "X said the rebels had sent ...": a clause opened by a word, and starting with a noun phrase, has its own subject
 * (for a verb: a named event's determiner is its own, "after the meeting with Y").
 */
function hasOwnSubject(view: SentenceView, start: number): boolean {
  if (!view.tokens[start - 1]?.word || !view.isBreak(start - 1)) return false;
  // "said that the ...": a complementizer the break word did not take is skipped.
  const first = start + (view.mentionAt[start] ? 0 : view.phraseAt(start, view.words.openers));
  return !view.mentionAt[first] && !!view.words.ownSubjectOpeners?.has(view.key(first));
}

/** How many words a host's title before its name may have: "quốc gia chủ nhà". */
const HOST_WORDS = 3;

/** "A cảm ơn B trong những năm qua đã hỗ trợ C": whom one thanks did what the thanks go on to name. */
function thankedDoer(view: SentenceView, o: Occurrence): ResolvedMention[] {
  // "A thanked B for ... and invited C": a verb joined by "and" is A's again; "thanked B for its support during talks
  // with C": an event governed by a preposition is the scene of the thanks, not B's deed.
  if (view.key(o.from - 1) === view.pack.mentions.and || isGoverned(view, o)) return [];
  const start = view.clauseStart(o.from);
  const last = view.mentions.filter((m) => m.from >= start && m.to <= o.from).at(-1);
  if (!last || !isActor(last)) return [];
  const first = view.chainStart(last);
  // "cảm ơn Chính phủ và nhân dân X": the people and institutions of the thanked come before its name.
  let from = first.from;
  while (
    from > start &&
    !view.mentionAt[from - 1] &&
    (view.words.collectives.has(view.key(from - 1)) || view.key(from - 1) === view.pack.mentions.and)
  )
    from--;
  // "cảm ơn nước chủ nhà X và ...": the host's title before its name.
  const host = view.pack.mentions.hostCountry;
  for (let n = HOST_WORDS; host && n > 0; n--) {
    if (from - n <= start || view.phraseAt(from - n, host) !== n) continue;
    from -= n;
    break;
  }
  for (let k = from - 1; k >= Math.max(start, from - 3); k--) {
    const cue = cueStartingAt(view, k);
    if (cue)
      return givesReason(view, cue, last) && k + cue.words.length === from ? view.coordinatedAfter(first) : thankedList(view, start, last);
  }
  return thankedList(view, start, last);
}

/** How many words back from the aside the thanks may start, past the plain words of the group thanked ("cảm ơn các đối tác quốc tế"). */
const THANKED_GROUP_WORDS = 6;
/** How many plain words (of tense: "đã", "từng") may part the aside's closing comma from the act it does. */
const AFTER_ASIDE_WORDS = 2;

/**
 * "cảm ơn các đối tác, đặc biệt là A và B, đã ủng hộ C", "cảm ơn cộng đồng quốc tế, trong đó có A, đã giúp": the
 * members a thanked group names in an aside between commas (after the pack's among-them words) do what the clause right
 * after the aside tells.
 */
function thankedMembers(view: SentenceView, o: Occurrence): ResolvedMention[] {
  const among = view.words.amongThem;
  if (!among) return [];
  // The aside's closing comma, maybe past a word of tense ("đã").
  let end = o.from - 1;
  while (end >= o.from - 1 - AFTER_ASIDE_WORDS && isPlainNoun(view, end)) end--;
  const last = view.mentionAt[end - 1];
  if (view.key(end) !== "," || !last || last.to !== end || !isActor(last)) return [];
  // Back over the members' list to the comma that opens the aside with the among-them words.
  let comma = last.from - 1;
  while (comma > Math.max(0, last.from - LIST_REACH) && !(view.key(comma) === "," && view.phraseAt(comma + 1, among))) comma--;
  const opened = view.key(comma) === "," ? view.phraseAt(comma + 1, among) : 0;
  const first = opened ? view.mentionAt[comma + 1 + opened] : undefined;
  if (!first || first.from !== comma + 1 + opened) return [];
  for (let k = comma - 1; k >= Math.max(0, comma - 1 - THANKED_GROUP_WORDS) && !view.mentionAt[k]; k--) {
    const cue = cueStartingAt(view, k);
    if (cue) return cue.type === "THANKED" ? view.mentions.filter((m) => m.from >= first.from && m.to <= last.to && isActor(m)) : [];
    if (!isPlainNoun(view, k) && !view.words.collectives.has(view.key(k))) return [];
  }
  return [];
}

/**
 * Whether the act of `cue` on the list that ends with `last` goes on to a reason that tells what they did: thanks do
 * ("cảm ơn B ... đã hỗ trợ C"); praise and blame only with the reason word right after ("condemned X for sending").
 */
function givesReason(view: SentenceView, cue: Cue, last: ResolvedMention): boolean {
  if (cue.type === "THANKED") return true;
  return (cue.type === "PRAISED" || cue.type === "CRITICIZED") && view.pack.relations.thanksReason.has(view.key(last.to));
}

/** "thanked A, B and C for delivering ...": the list of those thanked that ends with `last`, all of whom are acted on. */
function thankedList(view: SentenceView, start: number, last: ResolvedMention): ResolvedMention[] {
  for (let k = last.from - 1; k >= start; k--) {
    const cue = view.mentionAt[k] ? undefined : cueStartingAt(view, k);
    if (!cue) continue;
    const first = view.mentionAt[k + cue.words.length + (view.words.collectives.has(view.key(k + cue.words.length)) ? 1 : 0)];
    const list = givesReason(view, cue, last) && first ? view.coordinatedAfter(first) : [];
    return list.includes(last) ? list : [];
  }
  return [];
}

/** How long a description after a copula may be before its verb ("là nhà lãnh đạo đầu tiên của X đến thăm"). */
const COPULA_REACH = 10;

/** "A là chủ tịch nước gần nhất của X đến thăm Y": the copula's subject does what its description does. */
function copulaSubject(view: SentenceView, o: Occurrence): ResolvedMention | undefined {
  const copula = view.words.copula;
  if (!copula) return undefined;
  for (let i = o.from - 1; i > Math.max(0, o.from - COPULA_REACH) && !view.isBreak(i); i--) {
    const m = view.mentionAt[i];
    if (m && view.canBeSubject(m)) return undefined; // a doer of its own: "A là nơi B đến thăm"
    if (!m && view.key(i) === copula) {
      const subject = view.mentionAt[i - 1];
      // "..., và ông B là ...": a joined clause's subject after "và" is still one.
      const joined = subject && view.words.joiners.has(view.key(subject.from - 1));
      return subject && isActor(subject) && (joined || view.canBeSubject(subject)) ? subject : undefined;
    }
  }
  return undefined;
}

/** How many plain words (an adverb, a determiner) may stand between an event verb and its event. */
const EVENT_VERB_GAP = 3;

/** "kết thúc tốt đẹp chuyến thăm X": a named event carried by a verb whose doer is the clause's (see eventVerbs). */
function carriedByVerb(view: SentenceView, o: Occurrence): boolean {
  const { eventVerbs: verbs, undoingVerbs: undoing } = view.pack.relations;
  if (!verbs) return false;
  for (let i = o.from - 1; i >= Math.max(0, o.from - 2 - EVENT_VERB_GAP); i--) {
    if (view.mentionAt[i] || !view.tokens[i]!.word) return false;
    if (undoing && view.phraseAt(i, undoing)) return false;
    const length = view.phraseAt(i, verbs);
    if (length && i + length >= o.from - EVENT_VERB_GAP) return true;
  }
  return false;
}

/**
 * "A dỡ bỏ (hoàn toàn) lệnh cấm vận đối với X", "A đã bãi bỏ các lệnh trừng phạt": a measure lifted, as the text tells
 * it was (the lifting's own status is occurred), is told no more as laid. One asked for or still to come ("yêu cầu A dỡ
 * bỏ cấm vận chống X", "sẽ dỡ bỏ") leaves the measure in force.
 */
function liftedBefore(view: SentenceView, o: Occurrence): boolean {
  const undoing = view.pack.relations.undoingVerbs;
  if (!undoing) return false;
  for (let i = o.from - 1; i >= Math.max(0, o.from - 2 - EVENT_VERB_GAP); i--) {
    if (view.mentionAt[i] || !view.tokens[i]!.word) return false;
    const length = view.phraseAt(i, undoing);
    if (length && i + length >= o.from - EVENT_VERB_GAP) return eventStatus(view, i, i + length, false, false) === "occurred";
  }
  return false;
}

/**
 * A clause inside reported speech or a relative clause, commas and all: "khẳng định X luôn coi ...", "sự đón tiếp mà
 * A, B và C dành cho D". Whom it names does not go on acting in the clauses after it.
 */
function embedded(view: SentenceView, start: number): boolean {
  let opener = start - 1;
  while (opener > 0 && (view.key(opener) === "," || !view.isBreak(opener))) opener--;
  const { reporting, relativeThat } = view.words;
  return view.key(opener) === relativeThat || (!!reporting && view.phraseAt(opener, reporting) > 0);
}

/** The cue that starts at `i`, as a verb or a noun: the longest, as `findCues` takes it. */
function cueStartingAt(view: SentenceView, i: number): Cue | undefined {
  return cuesByFirstWord(view.pack.relations)
    .get(view.key(i))
    ?.find((c) => view.matches(i, c.words));
}

/**
 * "lên án việc chuyển thêm vũ khí cho X": `m` is the recipient a supply told in the judged words from `from` goes to
 * (right after a recipient's marker, a supply's cue before it); what is judged is the supplier's deed, not X.
 */
function suppliedTo(view: SentenceView, from: number, m: ResolvedMention): boolean {
  if (!view.pack.relations.recipientMarkers.has(view.key(m.from - 1))) return false;
  for (let i = from; i < m.from - 1; i++) if (!view.mentionAt[i] && cueStartingAt(view, i)?.type === "SUPPLIED") return true;
  return false;
}

/** Where the first verb cue of tokens [from, to) starts, or `to`: a named event ("chuyến thăm X") is no verb. */
function firstCueAt(view: SentenceView, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (view.mentionAt[i]) continue;
    const cue = cueStartingAt(view, i);
    if (cue && !isNominal(view, { cue, from: i, to: i + cue.words.length })) return i;
  }
  return to;
}

/** "Modi met Putin, who praised India": a relative clause's doer is the actor it hangs on. */
function relativeHead(view: SentenceView, start: number): ResolvedMention | undefined {
  // "the United States, which he said had sent": past the speaker of a report inside the relative clause.
  const { relativeWho, relativeWhich } = view.words;
  const isRelative = (at: number) => view.key(at) === relativeWho || (!!relativeWhich && view.key(at) === relativeWhich);
  // "X, người đang thăm Y" at a sentence's end: the relative word may open the clause it did not break.
  if (view.key(start) === relativeWho && view.key(start - 1) === ",") start++;
  if (isRelative(start - 3) && view.mentionAt[start - 2]?.kind === "pronoun" && view.isBreak(start - 1)) start -= 2;
  // "hội đàm với X, đang thăm Y": an ongoing state after a comma is the person's before it.
  const progressive = view.words.progressiveAside;
  if (progressive && view.key(start) === progressive && view.key(start - 1) === ",") {
    const person = view.mentionAt[start - 2];
    return person?.type === "PERSON" && person.to === start - 1 ? person : undefined;
  }
  if (!isRelative(start - 1)) return undefined;
  const head = view.mentionAt[relativeHeadEnd(view, start)];
  // "X, secretary of the Council of Y, who is on a visit": "who" is the person, past the body of their office.
  if (head && head.type !== "PERSON" && view.key(start - 1) === relativeWho) return personBefore(view, head.from);
  return head && isActor(head) ? head : undefined;
}

/** How many tokens a short form in brackets may take before a relative ("X (ABC), which ..."). */
const SHORT_FORM_TOKENS = 4;

/** Where the head of a relative clause that starts at `start` ends: before its comma, past a short form in brackets. */
function relativeHeadEnd(view: SentenceView, start: number): number {
  const end = view.key(start - 2) === "," ? start - 3 : start - 2;
  if (view.key(end) !== ")") return end;
  for (let j = end - 1; j >= Math.max(0, end - SHORT_FORM_TOKENS); j--) if (view.key(j) === "(") return j - 1;
  return end;
}

/** "led the Ogoni Union, which accused X": a relative whose head is a name no one knows has a doer the text does not name. */
function unknownRelativeHead(view: SentenceView, start: number): boolean {
  const { relativeWho, relativeWhich } = view.words;
  const relative = view.key(start - 1);
  if (view.key(start - 2) !== "," || (relative !== relativeWho && relative !== relativeWhich)) return false;
  const end = relativeHeadEnd(view, start);
  const token = view.tokens[end];
  return !!token?.word && token.capitalized && !view.mentionAt[end];
}

/** How far back an apposition's person may be named before the body that closes it. */
const APPOSITION_HEAD_REACH = 12;

function personBefore(view: SentenceView, at: number): ResolvedMention | undefined {
  for (let j = at - 1; j >= Math.max(0, at - APPOSITION_HEAD_REACH); j--) {
    const m = view.mentionAt[j];
    if (m?.type === "PERSON") return m;
    if (view.isBreak(j) && view.key(j) !== ",") return undefined;
  }
  return undefined;
}

/**
 * "Retno Marsudi, người đã tháp tùng ông Widodo, gặp ...", "A, em gái ông B, chỉ trích ...": a clause about the person
 * before it, whose names do not act after it.
 */
function isRelativeAside(view: SentenceView, start: number): boolean {
  if (view.key(start - 1) !== "," || view.mentionAt[start]) return false;
  const before = view.mentionAt[start - 2];
  // "ở bang X, miền nam nước Y, và gặp ...": where a place lies names no doer.
  if (before && isPlace(before) && view.pack.statics.placeWords.has(view.key(start))) return true;
  const opens = view.key(start) === view.words.relativeWho || !!view.pack.relations.asideOpeners?.has(view.key(start));
  return opens && before?.type === "PERSON";
}

/**
 * 'A viết: "Cảm ơn X vì ..."': a quotation after a colon that opens on the cue itself, with no subject of its own, is
 * the speaker's act; the speaker is the subject of the clause that introduces it.
 */
function speakerOfOpeningVerb(view: SentenceView, o: Occurrence): ResolvedMention | undefined {
  let colon = o.from - 1;
  while (colon >= 0 && QUOTES.has(view.key(colon))) colon--;
  if (colon === o.from - 1 || view.key(colon) !== ":" || isNominal(view, o)) return undefined;
  return firstDoer(view, view.clauseStart(colon), colon);
}

function firstDoer(view: SentenceView, from: number, to: number): ResolvedMention | undefined {
  return view.mentions.find((m) => m.from >= from && m.to <= to && view.canBeSubject(m) && !placeOfPlace(view, m));
}

/** "tại thành phố X, Y, với quyết định ...": a place right after a place and its comma names where that lies, not who acts. */
function placeOfPlace(view: SentenceView, m: ResolvedMention): boolean {
  const before = view.mentionAt[m.from - 2];
  return isPlace(m) && view.key(m.from - 1) === "," && !!before && isPlace(before) && !view.isBreak(m.from - 1);
}

/** "A tới X, rồi tới Y": the clause opens on a word of sequence right before the cue, maybe past a tense word. */
function afterSequencer(view: SentenceView, start: number, cue: number): boolean {
  const length = view.words.sequencers ? view.phraseAt(start, view.words.sequencers) : 0;
  return length > 0 && closeTo(view, start + length, cue);
}

/**
 * "A sẽ hội kiến B, C và sang X": a bare motion verb right after the "and" that closes what an earlier verb acted on is
 * that verb's doer's next deed (the clause's first doer), not its objects'.
 */
function nextDeed(view: SentenceView, o: Occurrence): boolean {
  if (view.key(o.from - 1) !== view.pack.mentions.and) return false;
  const before = view.mentionAt[o.from - 2];
  return !!before && before.to === o.from - 1 && view.actedOn.has(before.from);
}

/** "Khi gặp ông Kim, ông Putin ...": the doer of a leading subordinate clause is the main clause's subject. */
function subordinate(view: SentenceView, start: number): boolean {
  const opener = view.key(start - 1);
  // The leading word may open the clause itself ("After visiting X, Y ..."): then the clause starts after it.
  // "Ngày 13/5, trong khuôn khổ chuyến thăm X, A ...": after a fronted time that names no one, as at the start.
  const afterTime = opener === "," && view.words.leadingPhrase.has(view.key(start));
  const leading = opener === view.words.when || afterTime || (start <= 1 && view.words.leadingPhrase.has(view.key(0)));
  return leading && !view.mentions.some((m) => m.to <= start);
}

/**
 * "Tiếp X hôm 9/3, Y ...", "Arriving in X, A said ...": a clause that opens on its verb, before anyone is named,
 * leads the main clause, whose subject does it.
 */
function opensOnVerb(view: SentenceView, start: number, o: Occurrence): boolean {
  const opens = start === 0 || view.key(start - 1) === ",";
  // "Ending a state visit to X with a speech, A ...": a named event carried by the verb the clause opens on.
  const eventVerbs = view.pack.relations.eventVerbs;
  const carried = !!eventVerbs && isNominal(view, o) && view.phraseAt(start, eventVerbs) > 0 && carriedByVerb(view, o);
  const from = reportOpening(view, start);
  return opens && ((o.from === start && o.cue.kind === "verb") || carried) && !view.mentions.some((m) => m.from >= from && m.to <= start);
}

/** How many words a reporting verb may have ("cho biết"). */
const REPORTING_WORDS = 3;

/**
 * "X cho biết, tiếp B tại Y, A đề nghị ...": a clause that opens right after a reporting verb and its comma opens the
 * report as a sentence's start opens the sentence; where it does, the report's first token, else 0.
 */
function reportOpening(view: SentenceView, start: number): number {
  const reporting = view.words.reporting;
  if (!reporting || view.key(start - 1) !== ",") return 0;
  for (let k = Math.max(0, start - 1 - REPORTING_WORDS); k < start - 1; k++)
    if (!view.mentionAt[k] && k + view.phraseAt(k, reporting) === start - 1) return start;
  return 0;
}

/** Only small words between the actor and the cue: "Tổng thống Putin đã cảm ơn", "Kim Jong Un sẽ đến thăm". */
function closeTo(view: SentenceView, from: number, to: number): boolean {
  // "A ngày 2/4 đã tới B": a date between the doer and the verb does not part them. Finding dates is costly: a plain
  // word is counted, and only if there are too many is it asked whether some are in a date.
  const words: number[] = [];
  // "A dự định tiếp tục bay sang X": an intent or pledge to go on ("sẽ tiếp tục") is the verb's, and adds no distance.
  const goingOn = view.pack.modality.continuedActs;
  for (let i = from; i < to; i++) {
    const on = goingOn && !view.mentionAt[i] ? view.phraseAt(i, goingOn.words) : 0;
    if (on) {
      i += on - 1;
      continue;
    }
    const token = view.tokens[i]!;
    const aside = view.skipAside(i);
    if (aside === i && token.word && !/\d/.test(token.text) && !view.mentionAt[i] && !isPurpose(view, i)) words.push(i);
    else if (view.inDate(i)) continue;
    // "A (giữa) đã tới B", "Liên minh X (EU) đã ...": nor does a short aside in brackets.
    else if (aside > i) i = aside - 1;
    else return false;
  }
  return fewOutsideDates(view, words, CLOSE_WORDS);
}

/** Whether at most `most` of the tokens `at` lie outside dates: finding dates is costly, so only when there are more. */
function fewOutsideDates(view: SentenceView, at: readonly number[], most: number): boolean {
  return at.length <= most || at.filter((i) => !view.inDate(i)).length <= most;
}

/** How many plain words may stand between a doer and a verb that wants its doer close. */
const CLOSE_WORDS = 4;

/** How many words a plan phrase ending in a purpose word may have ("is expected to"). */
const PLAN_PHRASE_REACH = 3;

/** A purpose word ("để", "to"), unless it ends a plan ("are due to meet"): then the doer is the one before. */
function isPurpose(view: SentenceView, i: number): boolean {
  if (!view.pack.relations.purpose.has(view.key(i))) return false;
  // "invited X to visit": what X is invited to, X does. Otherwise the plan ends right at the purpose word.
  const end = view.mentionAt[i - 1]?.from ?? i + 1;
  const planned = view.pack.modality.planned;
  // "invited the respected General Secretary to pay": a determiner or an epithet may stand before the one invited.
  const plain = (from: number) => view.tokens.slice(from, end).every((t, k) => t.word && !t.capitalized && !view.mentionAt[from + k]);
  for (let k = Math.max(0, end - 1 - PLAN_PHRASE_REACH - EPITHET_GAP); k < end; k++) {
    const length = view.phraseAt(k, planned);
    if (length && k + length <= end && end - k - length <= EPITHET_GAP && plain(k + length)) return false;
  }
  return true;
}

/** How many plain words may stand between a plan word and the one it concerns ("invited the respected X"). */
const EPITHET_GAP = 2;

/** The place a setting word right at `at` names: "in X", "tại thủ đô X". */
function settingAfter(view: SentenceView, at: number): ResolvedMention | undefined {
  const words = view.pack.relations;
  if (!words.setting.has(view.key(at))) return undefined;
  const place = view.mentionAt[at + 1 + view.phraseAt(at + 1, words.placeHeads)];
  return place && place.type !== "PERSON" ? place : undefined;
}

/** How many plain words may qualify a place's kind before its name: "thành phố cảng X", "thị trấn biên giới X". */
const KIND_MODIFIER_WORDS = 2;

/**
 * Where the place starts that a kind of place at `at` leads to (past the kind's words): its name after a few plain
 * modifiers ("cổ X"), or the place a setting word names ("ở tỉnh X"); undefined when none does.
 */
function placeNamedAfterKind(view: SentenceView, at: number): number | undefined {
  for (let k = at; k <= at + KIND_MODIFIER_WORDS; k++) {
    if (view.mentionAt[k]) return k > at && isPlace(view.mentionAt[k]!) ? k : undefined;
    const where = settingAfter(view, k);
    if (where) return where.from;
    if (!isPlainNoun(view, k)) return undefined;
  }
  return undefined;
}

/** A lower-case word of no mention: the head of a description. */
function isPlainNoun(view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  return !!token?.word && !token.capitalized && !view.mentionAt[at];
}

/** What the cue acts on: the first mention to its right (after `via` when given); a mention of another kind stops the search. */
function objectsOf(view: SentenceView, o: Occurrence, accepts: (m: ResolvedMention) => boolean, skip?: ResolvedMention): ResolvedMention[] {
  let j = o.to;
  let limit = Math.min(view.tokens.length, o.to + o.cue.reach);
  let adjacentAt = o.to;
  const words = view.pack.relations;
  // "quan ngại sâu sắc trước kế hoạch mở rộng ... của X": a judgement reaches past what it judges to whose it is.
  if (o.cue.kind === "verb" && !o.cue.via && JUDGING.has(o.cue.type)) limit = Math.max(limit, ownerReach(view, o.to, limit));
  const listAt = findExamples(view, o.to, LIST_REACH);
  if (listAt >= 0) limit = Math.max(limit, Math.min(view.tokens.length, listAt + LIST_REACH));
  // "the visit of Indian Prime Minister X to Y": the owner's own words do not use up the reach. Owners listed
  // ("các lệnh trừng phạt của A, B và C") are all the act's: none of them is what it acts on.
  const owners = skip ? view.coordinatedAfter(skip) : [];
  if (skip && skip.from >= o.to && skip.from < limit) limit = Math.min(view.tokens.length, limit + owners.at(-1)!.to - skip.from);
  // "X, whom he thanked for ...": the relative is the verb's object, named before it, when the clause names its doer
  // (not "X, whom critics accused": the doer is none of the sentence's names).
  const antecedent = o.cue.kind === "verb" && !o.cue.via ? relativeAntecedent(view, o, accepts, words.relativeObject) : undefined;
  if (antecedent && view.mentions.some((m) => m.from > antecedent.to + 1 && m.to <= o.from)) return [antecedent];
  const summarized = o.cue.kind === "verb" && !o.cue.via ? summarizedDoer(view, o, accepts) : undefined;
  if (summarized) return [summarized];
  if (o.cue.via) {
    while (j < limit && !o.cue.via.includes(view.key(j))) j++;
    if (j >= limit) {
      const antecedent = o.cue.via.includes(words.with) ? relativeWith(view, o, accepts) : undefined;
      if (antecedent) return [antecedent];
      return o.cue.kind === "noun" && o.cue.via.includes(words.with) ? directObject(view, o, accepts) : [];
    }
    // "cuộc gặp kéo dài ba giờ với thủ lĩnh ... X": a named event's partner is reached from its "with".
    // So is the one hit after a list of agents ("sanctions imposed by A, B and C on X").
    if (o.cue.kind === "noun" || o.cue.agentAfter) limit = Math.max(limit, Math.min(view.tokens.length, j + 1 + o.cue.reach));
    j++;
  }
  const leader = leaderAfterDelegation(view, j);
  if (leader && accepts(leader)) return [leader];
  // Where the words that may describe a sanctioned member start: past the owner of the last member described.
  let membersFrom = o.to;
  // "Trong buổi hội đàm, ông A ...": what a leading phrase's event acts on lies inside the phrase.
  const leading = subordinate(view, view.clauseStart(o.from));
  let unnamed = false;
  // "accused them of attacking Palestinian villages": an object pronoun no name resolves is the object, not a name after it.
  if (j === o.to && !view.mentionAt[j] && view.pack.relations.objectPronouns?.has(view.key(j))) return [];
  for (; j < limit; j++) {
    if (leading && view.key(j) === "," && view.isBreak(j)) return [];
    if (view.key(j) === ":" && view.key(j - 1) === view.words.including) {
      limit = Math.min(view.tokens.length, limit + LIST_REACH); // "các lãnh đạo khác, bao gồm: A, B và C"
      continue;
    }
    if (view.isBreak(j) && view.key(j) !== "," && !(o.cue.type === "ACCUSED" && view.key(j) === view.words.complementizer))
      return relativeDoer(view, o, j);
    if (closesQuote(view, j)) return []; // '"A phản đối điều đó," người phát ngôn của B nói': the speaker is no object
    // 'chính sách "láng giềng thứ ba" của X': a short quoted label inside the object uses up no reach.
    const label = quotedLabelEnd(view, j);
    if (label > j) {
      limit = Math.min(view.tokens.length, limit + label - j + 1);
      j = label;
      continue;
    }
    // Where lists end in a conjunction, a comma that parts clauses ends the search too ("criticized the visit, saying ..."),
    // but not one that opens a list of examples ("sanctioned five firms, including X").
    if (
      view.key(j) === "," &&
      view.words.listEndsWithConjunction &&
      view.isBreak(j) &&
      !examplesAt(view, j + 1) &&
      !countedMembers(view, o.to, j) &&
      !titledExample(view, j)
    )
      return [];
    if (o.cue.adjacent && j === o.to && !view.mentionAt[j] && view.phraseAt(j, words.placeHeads)) {
      const head = view.phraseAt(j, words.placeHeads);
      // "tới thành phố cổ X", "tới căn cứ hải quân ở tỉnh X": the place named past the kind's modifiers or its setting.
      const named = placeNamedAfterKind(view, j + head);
      j = (named ?? j + head) - 1;
      adjacentAt = j + 1;
      limit = Math.min(view.tokens.length, Math.max(limit + head, j + 2)); // the reach counts from the place, not its head word
      continue;
    }
    // 'gọi quyết định của X là "..."', 'gọi việc X làm ... là "..."': what a verb of labelling names next is X's act.
    const actOwner = o.cue.adjacent && j === o.to ? labelledActOwner(view, o, j) : -1;
    if (actOwner > j) {
      limit = Math.min(view.tokens.length, limit + actOwner - j);
      adjacentAt = actOwner;
      j = actOwner - 1;
      continue;
    }
    // "hosted his Lao counterpart X": an owner before the one named does not part them.
    if (o.cue.adjacent && j === o.to && words.owners?.has(view.key(j)) && view.mentionAt[j + 1]) {
      adjacentAt = j + 1;
      continue;
    }
    // "condemned the remarks and praised X": a verb joined after the object has objects of its own ("praised and
    // thanked X" shares them).
    if (j > o.to && view.key(j) === view.pack.mentions.and && firstCueAt(view, j + 1, j + 2) === j + 1) return [];
    // "condemned what she called X's buildup": who labels the object is not it, and the label uses up no reach.
    const labelled = labelEnd(view, j);
    if (labelled > j) {
      limit = Math.min(view.tokens.length, limit + labelled - j);
      j = labelled - 1;
      continue;
    }
    // 'lên án các lệnh trừng phạt là "can thiệp" vào công việc nội bộ của X': past the copula comes the label laid on
    // the act judged; whom it names is not judged (the act's doer is, see doerOfNamedAct).
    if (words.judgesActs?.has(o.cue.type) && j > o.to && view.key(j) === view.pack.mentions.copula) return [];
    const named = view.mentionAt[j];
    // "trừng phạt Gazprombank, ngân hàng ... của Nga": a name no one knows is the object; its apposition (a comma,
    // then a lower-case noun) names no other. A list goes on ("cảm ơn Chính phủ, Bộ Quốc phòng và Hải quân X"), and
    // so do its examples ("sanctions on Russian officials, including X").
    if (!named && view.tokens[j]!.word && view.tokens[j]!.capitalized) unnamed = true;
    if (unnamed && view.key(j) === "," && isPlainNoun(view, j + 1) && !examplesAt(view, j + 1)) return [];
    if (!named || owners.includes(named)) continue;
    if (JUDGING.has(o.cue.type) && suppliedTo(view, o.to, named)) continue;
    // "với thủ lĩnh phong trào Hamas Ismail Haniyeh": a body right before a person's name is whose the person is.
    const holder = view.mentionAt[named.to];
    const m = named.type !== "PERSON" && holder?.from === named.to && holder.type === "PERSON" ? holder : named;
    // "gặp các cựu binh X", "cáo buộc một người X": some of a country's people are acted on, not the country.
    if (o.cue.type !== "VISITED" && m.type === "COUNTRY" && phraseEndingAt(view, m.from - 1, words.nationals, NATIONALS_WORDS)) return [];
    // "trừng phạt hai công ty thuộc sở hữu nhà nước X": what X owns is acted on, not X.
    if (o.cue.type !== "VISITED" && m.from > o.to && phraseEndingAt(view, m.from - 1, words.ownedBy, OWNED_BY_WORDS)) return [];
    // "condemned the arrest of X": X is whom the judged act was done to, not its doer.
    // Its doer may follow: "condemned the invasion of X by Y".
    if (
      JUDGING.has(o.cue.type) &&
      m.from > o.to + 1 &&
      phraseEndingAt(view, m.from - 1, words.actsDoneTo, ACT_NOUN_WORDS, ACT_NOUN_MIN_WORDS)
    ) {
      j = view.coordinatedAfter(m).at(-1)!.to - 1;
      continue;
    }
    // "condemned the coup in X": an act of a country's rulers at home judges the country.
    if (
      o.cue.type === "CRITICIZED" &&
      m.type === "COUNTRY" &&
      phraseEndingAt(view, m.from - 1, words.actsOfRulersIn, ACT_NOUN_WORDS, ACT_NOUN_MIN_WORDS)
    )
      return [m];
    // A setting word inside the cue ("lashed out at X") names whom, not where.
    if (o.cue.type !== "VISITED" && m.from > o.to && words.setting.has(view.key(m.from - 1))) {
      j = view.coordinatedAfter(m).at(-1)!.to - 1; // "hoạt động tại Iran, Thổ Nhĩ Kỳ và UAE": where, not whom
      continue;
    }
    // "on the sidelines of the BRICS summit": a name before a meeting's noun names the meeting, not a party.
    if (m.type === "ORGANIZATION" && namesMeeting(view, m.to)) {
      j = m.to; // the noun itself
      continue;
    }
    // "welcomed Kenya's decision", "welcomed the Chilean government's agenda": what an owner has is welcomed, and no
    // one is met.
    if (o.cue.type === "MET" && o.cue.adjacent && ownsPlainWord(view, m)) return [];
    // "travel to the city of X": a place's name may take in the head words of its kind.
    if (o.cue.adjacent && m.from !== adjacentAt && !(m.from > o.to && m.from < adjacentAt)) return [];
    const members = o.cue.type === "VISITED" ? undefined : membersNamed(view, m);
    if (members && accepts(members)) return view.coordinatedAfter(members).filter(accepts);
    // "trừng phạt hai con gái của X": a member described before its owner is sanctioned, not the owner. A list goes on
    // to whom it names next ("trừng phạt ba chỉ huy quân đội X và nhà sản xuất Y" sanctions Y).
    if (o.cue.type === "SANCTIONED" && describesMember(view, membersFrom, m.from)) {
      const next = listGoesOn(view, m.to);
      if (next < 0) return [];
      membersFrom = m.to;
      j = next - 1;
      continue;
    }
    // "a summit in the Vietnamese coastal city of Danang": the place, not the country its adjective names.
    const place = o.cue.type === "VISITED" ? placeOfKind(view, m) : undefined;
    if (place && accepts(place)) return [place];
    const visited = view.coordinatedAfter(m);
    // "visited German troops in Lithuania", "thăm Đại sứ quán Pháp tại Ấn Độ": whom or what is visited, then where.
    const where = o.cue.type === "VISITED" ? settingAfter(view, visited.at(-1)!.to) : undefined;
    if (where && accepts(where)) return [...visited.filter(accepts), where];
    if (!accepts(m)) return [];
    return visited.filter(accepts);
  }
  return [];
}

/** "Kazakhstan's national geological company": a possessive, then a few lower-case words ending in a kind of body. */
function ownsBodyKind(view: SentenceView, m: ResolvedMention): boolean {
  const heads = view.pack.mentions.bodyKindHeads;
  if (!heads || !view.pack.mentions.possessiveClitics.has(view.key(m.to))) return false;
  for (let k = m.to + 1; k <= m.to + MEMBER_KIND_WORDS && isPlainNoun(view, k); k++) if (heads.has(view.key(k))) return true;
  return false;
}

/** How many lower-case words may stand between an owner's name and its possessive: "the Chilean government's". */
const OWNER_BODY_WORDS = 2;

/**
 * Whether `m` (maybe with a lower-case body word: "Chilean government") is followed by a possessive clitic and a
 * plain word that no mention starts: "Kenya's decision", "the Chilean government's agenda".
 */
function ownsPlainWord(view: SentenceView, m: ResolvedMention): boolean {
  let clitic = m.to;
  while (clitic < m.to + OWNER_BODY_WORDS && isPlainNoun(view, clitic)) clitic++;
  if (!view.pack.mentions.possessiveClitics.has(view.key(clitic))) return false;
  const after = view.tokens[clitic + 1];
  return !view.mentionAt[clitic + 1] && !!after?.word && !after.capitalized;
}

/** How many collective words ("người dân", "chính phủ") may stand before the doer of a relative clause. */
const RELATIVE_DOER_LEAD = 2;

/**
 * "khen ngợi các kết quả mà (người dân) X giành được", "lên án các biện pháp mà X áp đặt": what a judgement judges,
 * told by a relative clause, is the deed of that clause's doer, named right after the relative word; the doer is
 * judged. The relative word must follow what is judged (not the verb itself), and a doer must open the clause.
 */
function relativeDoer(view: SentenceView, o: Occurrence, at: number): ResolvedMention[] {
  const { relativeThat, collectives } = view.words;
  if (o.cue.kind !== "verb" || o.cue.via || !JUDGING.has(o.cue.type) || at <= o.to || view.key(at) !== relativeThat) return [];
  let k = at + 1;
  while (k <= at + RELATIVE_DOER_LEAD && !view.mentionAt[k] && collectives.has(view.key(k))) k++;
  const doer = view.mentionAt[k];
  return doer && doer.from === k && isActor(doer) ? view.coordinatedAfter(doer).filter(isActor) : [];
}

/** How many words an act's noun and its preposition may have ("seizure of power in", "đảo chính quân sự tại"). */
const ACT_NOUN_WORDS = 5;

/**
 * Whether a phrase of `phrases`, of `minWords` to `maxWords` words, ends at `end` (inclusive): an act's noun and its
 * preposition ("the arrest of", "the military takeover in"), a noun for a country's people ("các cựu binh").
 */
function phraseEndingAt(view: SentenceView, end: number, phrases: PhraseSet | undefined, maxWords: number, minWords = 1): boolean {
  for (let length = minWords; phrases && length <= maxWords && end - length + 1 >= 0; length++)
    if (view.phraseAt(end - length + 1, phrases) === length) return true;
  return false;
}

/** The most words a verb of taking someone somewhere has ("dẫn độ"). */
const TAKEN_BY_WORDS = 2;

/** The fewest words an act's noun and its preposition have ("arrest of"). */
const ACT_NOUN_MIN_WORDS = 2;

/** The most words a noun for a country's people has ("cựu chiến binh"). */
const NATIONALS_WORDS = 3;

/** The most words that make a name an owner ("thuộc quyền sở hữu của nhà nước"). */
const OWNED_BY_WORDS = 6;

/** How many plain words may describe the next member of a list before its name ("và nhà sản xuất Y"). */
const NEXT_MEMBER_WORDS = 3;

/**
 * Where the next member of a list starts when the list goes on at `at` ("X và nhà sản xuất Y"): the conjunction, then a
 * name that is no country past a few plain words, which does not open a clause of its own ("X và Y phản đối"); else -1.
 */
function listGoesOn(view: SentenceView, at: number): number {
  if (view.key(at) !== view.pack.mentions.and) return -1;
  for (let k = at + 1; k <= at + 1 + NEXT_MEMBER_WORDS; k++) {
    const next = view.mentionAt[k];
    if (next) {
      const end = view.coordinatedAfter(next).at(-1)!.to;
      // "hai tướng lĩnh X và Y": a country next is another owner of the members described, not a member.
      if (next.from !== k || next.type === "COUNTRY") return -1;
      return firstCueAt(view, end, end + NEXT_CUE_GAP) === end + NEXT_CUE_GAP ? k : -1;
    }
    if (!isPlainNoun(view, k)) return -1;
  }
  return -1;
}

/** How close after a list's next member a cue makes that member the doer of a clause of its own ("và Y đã phản đối"). */
const NEXT_CUE_GAP = 3;

/** A kind of member among the plain words [from, to) before a sanction's first name (see sanctionedKinds). */
function describesMember(view: SentenceView, from: number, to: number): boolean {
  const kinds = view.pack.relations.sanctionedKinds;
  for (let k = from; kinds && k < to; k++) if (view.phraseAt(k, kinds)) return true;
  return false;
}

/** How far past a judgement's reach the possessive may stand that names whose the judged thing is, and its owner's name. */
const OWNER_REACH = 8;
const OWNER_NAME_WORDS = 3;

/** Where the reach of a judgement ends when a possessive within it, or just past it, names the owner of what it judges. */
function ownerReach(view: SentenceView, from: number, limit: number): number {
  let comma = -1;
  for (let j = from; j < Math.min(view.tokens.length, limit + OWNER_REACH); j++) {
    // "đánh giá cao những thành tựu kinh tế - xã hội, khoa học của X": a comma between the plain words of what is
    // judged goes on to the next of them, not to a verb of its own ("..., cảm ơn sự đón tiếp của Y").
    if (view.key(j) === "," && innerComma(view, j)) {
      comma = j;
      continue;
    }
    if (view.isBreak(j) || view.mentionAt[j]) return limit;
    if (view.key(j) === view.pack.mentions.possessive) {
      if (comma >= 0 && firstCueAt(view, comma + 1, j) < j) return limit;
      return Math.min(view.tokens.length, j + 1 + OWNER_NAME_WORDS);
    }
  }
  return limit;
}

/** A comma between two plain lower-case words, the second opening no clause: one inside a list of things. */
function innerComma(view: SentenceView, at: number): boolean {
  return isPlainNoun(view, at - 1) && isPlainNoun(view, at + 1) && !view.isBreak(at + 1);
}

/** How many plain words may name the kind of members a country qualifies ("defence firms", "senior officials"). */
const MEMBER_KIND_WORDS = 3;

/**
 * "sanctions on U.S. defence firms A and B", "on Iran's Mahan Air", "on Russian officials, including X": where
 * the affiliation comes first, a country that qualifies a few plain words, or owns a name, gives way to the
 * members named right after.
 */
function membersNamed(view: SentenceView, m: ResolvedMention): ResolvedMention | undefined {
  const mentions = view.pack.mentions;
  // "sanctioned Ortega's son X": a person owns the one named after the words of their tie.
  const ownedPerson = m.type === "PERSON" && mentions.possessiveClitics.has(view.key(m.to));
  if (m.type !== "COUNTRY" && !ownedPerson) return undefined;
  if (!mentions.affiliationFirst) return m.type === "COUNTRY" ? membersAmong(view, m) : undefined;
  let k = m.to;
  if (view.key(k) === "." && view.tokens[k - 1]!.text.includes(".")) k++; // "U.S." before a plain word
  const owned = mentions.possessiveClitics.has(view.key(k));
  if (owned) k++;
  const from = k;
  // "on 11 Iranian politicians and heads of state firms, including X", "on five Iranian officials it blames for ..., including
  // the speaker of parliament, X": a longer kind, or a titled first member, where examples are opened.
  const listed = examplesAfterKind(view, from);
  if (listed) return listed;
  while (k - from < MEMBER_KIND_WORDS && view.tokens[k]?.word && !view.tokens[k]!.capitalized && !view.mentionAt[k]) {
    if (view.words.notSubjectAfter.has(view.key(k)) || view.words.openers.lengthAt([view.key(k)], 0)) return undefined;
    k++;
  }
  if (k === from && !owned) return undefined;
  // "on two Russian oil majors, A and B": a counted kind names its members in apposition.
  const counted = isCardinal(view, m.from - 1) && namesMembers(view, k);
  // "blacklisted Iran's national shipping line, X, and ...": an owned kind names its one member set off by commas.
  const appositive = owned && closedApposition(view, k);
  if (k > from && view.key(k) === "," && (examplesAt(view, k + 1) || counted || appositive)) k += 1 + examplesAt(view, k + 1);
  const member = view.mentionAt[k];
  if (member?.from !== k || (member.type !== "PERSON" && member.type !== "ORGANIZATION")) return undefined;
  // "Afghanistan's Taliban government": a name before a plain noun qualifies it too, and is no member.
  const after = view.tokens[member.to];
  const plain = after?.word && !after.capitalized && !view.mentionAt[member.to];
  return plain && !view.words.notSubjectAfter.has(view.key(member.to)) && !view.words.joiners.has(view.key(member.to)) ? undefined : member;
}

/** How many tokens a kind of members may take before the comma that opens their examples ("officials it blames for ..."). */
const EXAMPLED_KIND_REACH = 12;
/** How many tokens a title may take before the first example named ("the speaker of parliament,", "US senators"). */
const EXAMPLE_TITLE_REACH = 8;

/**
 * "on 11 Iranian politicians and heads of state firms, including X", "on Syrian officials it blames for the
 * crackdown, including the president's brother, X": plain words from `from` (a country or place may qualify
 * them) to a comma that opens examples, then a title; the first person or body named is the first member.
 */
function examplesAfterKind(view: SentenceView, from: number): ResolvedMention | undefined {
  let comma = from;
  for (; comma < Math.min(view.tokens.length, from + EXAMPLED_KIND_REACH); comma++) {
    if (view.key(comma) === "," && examplesAt(view, comma + 1)) break;
    if (!plainOrQualifier(view, comma)) return undefined;
  }
  if (view.key(comma) !== "," || comma === from) return undefined;
  const start = comma + 1 + examplesAt(view, comma + 1);
  for (let k = start; k < Math.min(view.tokens.length, start + EXAMPLE_TITLE_REACH); k++) {
    const m = view.mentionAt[k];
    if (m?.from === k && (m.type === "PERSON" || m.type === "ORGANIZATION") && m.kind !== "pronoun") {
      const owned = view.pack.mentions.possessiveClitics.has(view.key(m.to));
      if (!owned) return k === start || (view.key(k - 1) === "," && setOff(view, m)) || isTitled(view, start, k) ? m : undefined;
      k = m.to; // "the president's brother": whose, not who
      continue;
    }
    // "the speaker of parliament, X": a comma only right before the one it sets off
    if (view.key(k) === "," && view.mentionAt[k + 1]?.from === k + 1) continue;
    if (!plainOrQualifier(view, k) && !view.pack.mentions.possessiveClitics.has(view.key(k)) && !titleWord(view, k)) return undefined;
  }
  return undefined;
}

/** ", including the speaker of parliament, X": the comma at `comma` sets off the first example named after its title. */
function titledExample(view: SentenceView, comma: number): boolean {
  const member = view.mentionAt[comma + 1];
  if (member?.from !== comma + 1 || (member.type !== "PERSON" && member.type !== "ORGANIZATION")) return false;
  for (let k = comma - 1; k >= Math.max(0, comma - EXAMPLE_TITLE_REACH); k--) {
    const opener = examplesAt(view, k);
    if (opener) return k + opener < comma && isTitled(view, k + opener, comma) && setOff(view, member);
  }
  return false;
}

/** ", X," or ", X and Y.": names set off after a title, no verb going on after them ("..., X said"). */
function setOff(view: SentenceView, first: ResolvedMention): boolean {
  const end = view.coordinatedAfter(first).at(-1)!.to;
  return end >= view.tokens.length || view.key(end) === "," || view.key(end) === "." || (view.isBreak(end) && !view.tokens[end]!.word);
}

/** A plain word, a cardinal, or a country or place that qualifies the plain word after it ("Hong Kong officials"). */
function plainOrQualifier(view: SentenceView, at: number): boolean {
  if (isPlainNoun(view, at) || isCardinal(view, at)) return true;
  const m = view.mentionAt[at];
  if (m?.kind === "pronoun") return true;
  return !!m && (m.type === "COUNTRY" || m.type === "LOCATION") && isPlainNoun(view, m.to);
}

/** A capitalized word no mention takes, inside a title before a name ("Chief Executive", "Senators"). */
function titleWord(view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  return !!token?.word && token.capitalized && !view.mentionAt[at];
}

/** Whether only title words and qualifiers stand between `start` and the name at `at` ("US senators X"). */
function isTitled(view: SentenceView, start: number, at: number): boolean {
  for (let k = start; k < at; k++) {
    if (!plainOrQualifier(view, k) && !titleWord(view, k) && !view.pack.mentions.possessiveClitics.has(view.key(k))) return false;
  }
  return true;
}

/** How many words (an honorific, a title) may stand before the first member named. */
const MEMBER_TITLE_WORDS = 3;

/**
 * "trừng phạt ba công ty Trung Quốc, trong đó có A và B": a country after the plain noun it qualifies gives way to
 * the members named after the pack's among-them phrase.
 */
function membersAmong(view: SentenceView, m: ResolvedMention): ResolvedMention | undefined {
  const among = view.words.amongThem;
  if (!among || !isPlainNoun(view, m.from - 1) || view.key(m.to) !== ",") return undefined;
  const length = view.phraseAt(m.to + 1, among);
  if (!length) return undefined;
  for (let k = m.to + 1 + length; k <= m.to + length + MEMBER_TITLE_WORDS && view.tokens[k]?.word; k++) {
    const member = view.mentionAt[k];
    if (member) return member.type === "PERSON" || member.type === "ORGANIZATION" ? member : undefined;
  }
  return undefined;
}

/** After "what X called" (a speaker's label for the object) at `at`: where the object goes on; `at` if none. */
function labelEnd(view: SentenceView, at: number): number {
  const label = view.pack.relations.label;
  const speaker = view.mentionAt[at + 1];
  if (!label || view.key(at) !== label.opener || speaker?.from !== at + 1) return at;
  const verb = view.phraseAt(speaker.to, label.verbs);
  return verb ? speaker.to + verb : at;
}

/** How many words (a determiner, adjectives) may precede a delegation's noun, and how far its leader may follow it. */
const DELEGATION_HEAD_REACH = 6;
const DELEGATION_LEADER_REACH = 14;

/**
 * "(met with) a U.S. congressional delegation": a word, or a country with its abbreviation's dot, may qualify the
 * delegation. Module-level rather than a closure per call: under tsx (esbuild keepNames) each closure made costs a defineProperty.
 */
function modifiesDelegation(view: SentenceView, j: number): boolean {
  if (view.mentionAt[j]) return view.mentionAt[j]!.type === "COUNTRY";
  return !!view.tokens[j]?.word || (view.key(j) === "." && !!view.mentionAt[j - 1]);
}

/** "a delegation of the X party led by its chairman Y", "tiếp đoàn Z do ông Y dẫn đầu", starting at `at`: Y, the one met. */
function leaderAfterDelegation(view: SentenceView, at: number): ResolvedMention | undefined {
  const led = view.pack.relations.delegationLed;
  if (!led) return undefined;
  let noun = at;
  while (noun < at + DELEGATION_HEAD_REACH && modifiesDelegation(view, noun) && !led.nouns.has(view.key(noun))) noun++;
  if (!led.nouns.has(view.key(noun)) || led.notAfter?.has(view.key(noun - 1))) return undefined;
  let named = false;
  for (let j = noun + 1; j < Math.min(view.tokens.length, noun + DELEGATION_LEADER_REACH); j++) {
    if (view.isBreak(j) && view.key(j) !== ",") return undefined;
    // "phái đoàn Mỹ do X dẫn đầu": with `closed`, a delegation named first after its country (not in brackets after
    // a province's name, nor after an owner word: "phái đoàn của Nhà Trắng") is that country's.
    const m = view.mentionAt[j];
    if (led.closed && !named && m?.from === j && m.type === "COUNTRY" && view.key(j - 1) !== "(") return undefined;
    named ||= !!m || view.key(j) === view.pack.mentions.affiliationAfter;
    const length = m ? 0 : view.phraseAt(j, led.ledBy);
    if (!length) continue;
    let k = j + length;
    while (view.pack.relations.owners?.has(view.key(k)) || view.pack.mentions.determiners.has(view.key(k))) k++;
    if (led.closed) return closedLeader(view, k);
    const leader = view.mentionAt[k];
    return leader?.from === k && leader.type === "PERSON" ? leader : undefined;
  }
  return undefined;
}

/** How many words (a tense word, a comma) may stand between a led-by closer and the verb: "dẫn đầu, đã tới X". */
const LED_VERB_GAP = 3;

/** How far before its led-by closer a delegation's noun may stand: "Đoàn của Bộ X do Thiếu tướng Y, Cục trưởng Cục Z, dẫn đầu". */
const LED_DELEGATION_REACH = 30;

/**
 * "Đoàn công tác của Bộ X do Thiếu tướng Y, Cục trưởng Cục Z, dẫn đầu đã sang W", "Một phái đoàn của X, do Y dẫn
 * đầu, đã tới W": a delegation opening its clause, whose led-by closer ends right before the verb, goes by its leader.
 */
function ledDelegationBefore(view: SentenceView, verb: number): ResolvedMention | undefined {
  const led = view.pack.relations.delegationLed;
  if (!led?.closed) return undefined;
  const { closers } = view.words.ledBy;
  let closerStart = -1;
  for (let end = verb; end >= verb - LED_VERB_GAP && closerStart < 0; end--) {
    const closer = closers.find((words) => view.matches(end - words.length, words));
    if (closer) closerStart = end - closer.length;
    else if (view.mentionAt[end - 1] || !(view.tokens[end - 1]?.word || view.key(end - 1) === ",")) return undefined;
  }
  for (let i = closerStart - 1; i >= Math.max(0, closerStart - LED_DELEGATION_REACH); i--) {
    if (!led.nouns.has(view.key(i)) || led.notAfter?.has(view.key(i - 1))) continue;
    const start = view.clauseStart(i);
    for (let j = start; j < i; j++) if (view.mentionAt[j]) return undefined;
    const leader = leaderAfterDelegation(view, start);
    return leader && leader.to <= closerStart ? leader : undefined;
  }
  return undefined;
}

/** How many words an office may take between a delegation's leader and the led-by closer ("Y, Cục trưởng Cục Z,"). */
const LEADER_ASIDE_WORDS = 10;

/** How many words an office the pack does not know may take before a delegation's leader ("do Điều phối viên về X Y"). */
const LEADER_TITLE_WORDS = 12;

/**
 * "do Y dẫn đầu", "do ông Y, Cục trưởng Cục Z, dẫn đầu", "do Điều phối viên về X Y dẫn đầu": the first person after
 * the led-by opener at `k`, past plain words and places only, when one of the closers follows the name or the
 * comma-closed aside after it.
 */
function closedLeader(view: SentenceView, k: number): ResolvedMention | undefined {
  let leader: ResolvedMention | undefined;
  for (let c = k; c < Math.min(view.tokens.length, k + LEADER_TITLE_WORDS) && !leader; c++) {
    const m = view.mentionAt[c];
    if (m?.type === "PERSON") leader = m;
    else if ((m && isActor(m)) || (!m && view.isBreak(c))) return undefined;
  }
  if (!leader) return undefined;
  const closes = (at: number) => view.words.ledBy.closers.some((words) => view.matches(at, words));
  if (closes(leader.to)) return leader;
  // The aside may open inside the name's mention ("ông Y, Cố vấn" read as one) or right after it.
  let c = leader.to;
  if (!view.tokens.slice(leader.from, leader.to).some((t) => t.key === ",")) {
    if (view.key(c) !== ",") return undefined;
    c++;
  }
  for (; c <= leader.to + LEADER_ASIDE_WORDS && c < view.tokens.length; c++)
    if (view.key(c) === ",") return closes(c + 1) ? leader : undefined;
  return undefined;
}

/** Whether a meeting's noun ("summit", "talks") stands at `at`. */
function namesMeeting(view: SentenceView, at: number): boolean {
  return !!cuesByFirstWord(view.pack.relations)
    .get(view.key(at))
    ?.some((c) => c.kind === "noun" && c.type === "MET" && view.matches(at, c.words));
}

/** How many tokens (a place the guests are hosted at, a date) may stand between the guests and "for". */
const GATHERED_FOR_GAP = 6;
/** How many words (an article, "trilateral") may stand between "for" and the meeting's noun. */
const GATHERING_LEAD = 3;

/** "hosted A and B (at X) for a (three-way) summit": whether a meeting's noun follows the guests after the pack's word. */
function gatheredFor(view: SentenceView, from: number): boolean {
  const word = view.pack.relations.gatheredFor;
  if (!word) return false;
  for (let j = from; j < Math.min(view.tokens.length, from + GATHERED_FOR_GAP) && !view.isBreak(j); j++) {
    if (view.key(j) !== word) continue;
    for (let k = j + 1; k <= j + GATHERING_LEAD && k < view.tokens.length && !view.mentionAt[k]; k++)
      if (namesMeeting(view, k)) return true;
    return false;
  }
  return false;
}

/** How many words a quoted label may have: 'chính sách "láng giềng thứ ba"'. */
const LABEL_WORDS = 6;

/** Where the short quoted label opened at `at` closes (words only between), or -1. */
function quotedLabelEnd(view: SentenceView, at: number): number {
  if (!QUOTES.has(view.key(at)) || view.mentionAt[at + 1]) return -1;
  for (let k = at + 1; k <= at + LABEL_WORDS + 1 && k < view.tokens.length; k++) {
    if (QUOTES.has(view.key(k)) || view.key(k) === "”") return k > at + 1 ? k : -1;
    if (!view.tokens[k]!.word || view.mentionAt[k]) return -1;
  }
  return -1;
}

/** The end of a quotation: a closing curly quote, or a straight one after the quote's last punctuation. */
function closesQuote(view: SentenceView, j: number): boolean {
  return view.key(j) === "”" || (view.key(j) === '"' && CLAUSE_END_PUNCTUATION.has(view.key(j - 1)));
}

/** How far before a cue a relative "with whom" may open its clause. */
const RELATIVE_REACH = 6;

/** "X, with whom he held talks": the one named before the relative is whom the talks were with. */
function relativeWith(view: SentenceView, o: Occurrence, accepts: (m: ResolvedMention) => boolean): ResolvedMention | undefined {
  return relativeAntecedent(view, o, accepts, view.pack.relations.relativeWith);
}

/** The one named before a relative pronoun that opens the cue's clause ("X, whom he thanked"), if `accepts` takes it. */
function relativeAntecedent(
  view: SentenceView,
  o: Occurrence,
  accepts: (m: ResolvedMention) => boolean,
  relative: readonly string[] | undefined,
): ResolvedMention | undefined {
  if (!relative) return undefined;
  for (let i = o.from - 1; i >= Math.max(1, o.from - RELATIVE_REACH); i--) {
    if (view.matches(i, relative)) {
      const m = view.mentionAt[i - 2];
      return view.key(i - 1) === "," && m && m.to === i - 1 && accepts(m) ? m : undefined;
    }
    if (view.isBreak(i) && !view.matches(i - 1, relative)) return undefined;
  }
  return undefined;
}

/** How many words may stand between an object relative's subject and its verb: "which it has long accused". */
const OBJECT_RELATIVE_GAP = 3;

/**
 * "sanctioned A and B, which it accused of ...", "X, which Japan criticized": the verb of a relative clause whose own
 * subject stands before it acts on the names before the clause's comma (see RelationWords.objectRelative). A subject
 * pronoun stands for the sentence's subject, a body (not a person, who would be "he" or "she").
 */
function objectRelative(view: SentenceView, o: Occurrence): { doers: ResolvedMention[]; patients: ResolvedMention[] } | undefined {
  const words = view.pack.relations.objectRelative;
  if (!words?.types.has(o.cue.type) || o.cue.kind !== "verb") return undefined;
  let j = o.from - 1;
  while (j > o.from - 1 - OBJECT_RELATIVE_GAP && words.between.has(view.key(j))) j--;
  const named = view.mentionAt[j];
  const subjectFrom = named?.to === j + 1 ? named.from : words.pronouns.has(view.key(j)) ? j : -1;
  if (subjectFrom < 3 || !words.relatives.has(view.key(subjectFrom - 1)) || view.key(subjectFrom - 2) !== ",") return undefined;
  const head = view.mentionAt[subjectFrom - 3];
  if (!head || head.to !== subjectFrom - 2 || !isActor(head)) return undefined;
  const patients = listEndingAt(view, head);
  if (named) return isActor(named) ? { doers: [named], patients } : undefined;
  const subject = view.firstDoer();
  if (!subject || subject.to > patients[0]!.from || subject.type === "PERSON") return undefined;
  return { doers: [subject], patients };
}

/** The actors joined in a list that ends at `m` ("A, B and C"), in order. */
function listEndingAt(view: SentenceView, m: ResolvedMention): ResolvedMention[] {
  const list = [m];
  for (;;) {
    let j = list[0]!.from - 1;
    while (j > 0 && view.words.joiners.has(view.key(j))) j--;
    const before = view.mentionAt[j];
    if (j === list[0]!.from - 1 || !before || before.to !== j + 1 || !isActor(before) || list.length >= LIST_REACH) return list;
    list.unshift(before);
  }
}

/** How far before its verb a deed's summing-up noun may stand: ", a step the Bolivian government has condemned". */
const SUMMARY_REACH = 9;
/** How many plain words may stand between that noun and the doer: "a plan (that) his main rival Y ...". */
const SUMMARY_DOER_WORDS = 4;

/**
 * "X closed the border, a step Y condemned as reckless": a noun summing up the main clause's deed, then a relative
 * clause whose doer stands right before the verb; the verb acts on the main clause's subject (the sentence's first
 * name, with no comma before it).
 */
function summarizedDoer(view: SentenceView, o: Occurrence, accepts: (m: ResolvedMention) => boolean): ResolvedMention | undefined {
  const summary = view.pack.relations.summaryNouns;
  if (!summary) return undefined;
  const doer = view.mentions.findLast((m) => m.to <= o.from);
  if (!doer || !closeTo(view, doer.to, o.from)) return undefined;
  let head = doer.from - 1;
  while (head > 0 && head > o.from - SUMMARY_REACH && !summary.has(view.key(head))) head--;
  if (!summary.has(view.key(head))) return undefined;
  // Only an article before the head, and a few plain words after it: ", a step (that) (his main rival) Y ...".
  if (doer.from - head - 1 > SUMMARY_DOER_WORDS) return undefined;
  // Lower-case words, an owner's pronoun among them ("his main rival").
  for (let i = head + 1; i < doer.from; i++) if (!view.tokens[i]!.word || view.tokens[i]!.capitalized) return undefined;
  if (view.key(head - 2) !== "," || !isPlainNoun(view, head - 1)) return undefined;
  const subject = view.mentions[0];
  if (!subject || subject.to > head - 2 || subject === doer) return undefined;
  for (let i = 0; i < subject.from; i++) if (view.key(i) === ",") return undefined;
  return accepts(subject) ? subject : undefined;
}

/** "cuộc gặp phái đoàn Nga", "cuộc tiếp Tổng thống Ukraine X": a noun cue followed at once by who was met. */
function directObject(view: SentenceView, o: Occurrence, accepts: (m: ResolvedMention) => boolean): ResolvedMention[] {
  let j = o.to;
  while (view.pack.relations.delegation.has(view.key(j))) j++;
  const m = view.mentionAt[j];
  const party = (x: ResolvedMention) => accepts(x) && (x.type === "PERSON" || x.type === "COUNTRY");
  return m && m.from === j && party(m) ? view.coordinatedAfter(m).filter(party) : [];
}

/** How many tokens the words at `i` take that open a list of examples ("including", "among them"), or 0. */
function examplesAt(view: SentenceView, i: number): number {
  if (view.key(i) === view.words.including) return 1;
  return view.words.examples ? view.phraseAt(i, view.words.examples) : 0;
}

/** Where the first words that open a list of examples stand within `reach` of `from` in the clause, or -1. */
function findExamples(view: SentenceView, from: number, reach: number): number {
  for (let j = from; j < Math.min(view.tokens.length, from + reach); j++) {
    if (examplesAt(view, j)) return j;
    if (view.isBreak(j) && view.key(j) !== "," && view.key(j) !== ":") return -1;
  }
  return -1;
}

/** A number, in digits or in words. */
function isCardinal(view: SentenceView, i: number): boolean {
  return /^\d/.test(view.key(i)) || !!view.words.cardinals?.has(view.key(i));
}

/**
 * "sanctions on two armed groups, A and B": plain words from `from` to the comma that count a kind (a number among
 * them) and a name right after the comma, which names the members counted.
 */
function countedMembers(view: SentenceView, from: number, comma: number): boolean {
  if (!namesMembers(view, comma)) return false;
  // "froze the assets of a trader, X,": one of a kind names its one member, set off on its own.
  let counted = !!view.words.singular?.has(view.key(from)) && closedApposition(view, comma);
  for (let i = from; i < comma; i++) {
    if (!isPlainNoun(view, i) && !isCardinal(view, i) && !isCompoundModifier(view, i)) return false;
    if (isCardinal(view, i)) counted = true;
  }
  return counted;
}

/** "Dubai-based", "Kremlin-backed": a name joined to one of the pack's modifier words, no mention, qualifies a kind. */
function isCompoundModifier(view: SentenceView, at: number): boolean {
  const key = view.key(at);
  const tail = key.lastIndexOf("-");
  return tail > 0 && !view.mentionAt[at] && !!view.pack.mentions.compoundModifiers?.has(key.slice(tail + 1));
}

/** A name right after the comma that names members, not one that opens a clause ("met the two envoys, Kim said"). */
function namesMembers(view: SentenceView, comma: number): boolean {
  const member = view.mentionAt[comma + 1];
  return member?.from === comma + 1 && !view.phraseAt(view.coordinatedAfter(member).at(-1)!.to, view.words.openers);
}

/** ", X," or ", X." at `comma`: one name set off on its own, no list going on after it. */
function closedApposition(view: SentenceView, comma: number): boolean {
  const member = view.mentionAt[comma + 1];
  if (view.key(comma) !== "," || member?.from !== comma + 1) return false;
  return member.to >= view.tokens.length || view.key(member.to) === "," || view.key(member.to) === ".";
}

/** "chuyến thăm Triều Tiên của Tổng thống Putin", "Putin's visit to Pyongyang": the doer of a nominalized event. */
function nominalDoer(view: SentenceView, o: Occurrence): ResolvedMention | undefined {
  if (!isNominal(view, o)) return undefined;
  const doer = view.pack.eventOwner(view, { from: o.from, to: o.to, reach: o.cue.reach });
  // "các biện pháp trừng phạt nhắm vào các ngành ngân hàng của X": X owns the target named by plain words, not the
  // measure; after a target named ("trừng phạt đối với A của X") X is the measure's, unless a comma closes the target
  // first: "gói trừng phạt đối với A, bao gồm phong tỏa tài sản của X" lists what the measure holds, X owns a part.
  const targets = view.pack.relations.measureTargets;
  if (!doer || !targets || o.cue.type !== "SANCTIONED") return doer;
  const opener = view.phraseStarts(targets).find((j) => j >= o.to && j < doer.from);
  if (opener === undefined) return doer;
  let targeted = false;
  for (let j = opener; j < doer.from; j++) {
    if (targeted && view.isBreak(j)) return undefined;
    if (view.mentionAt[j] && isActor(view.mentionAt[j]!)) targeted = true;
  }
  return targeted ? doer : undefined;
}

/** MET and SIGNED: "A gặp B", "A và B hội đàm", "cuộc gặp giữa A và B", "hai nước đã ký kết". */
function relateSymmetric(
  view: SentenceView,
  o: Occurrence,
  status: RelationStatus,
  rule: string,
  emit: Emit,
  occurrences: Occurrence[] = [],
): void {
  // "documents signed by the two countries", "văn kiện được ký bởi A và B": a participle or passive whose agents are the pair.
  const { agentWord, markers } = view.pack.relations.passive;
  const passiveForm = o.cue.participle || markers.has(view.key(o.from - 1));
  const agents = passiveForm && view.key(o.to) === agentWord ? agentsAfter(view, o.to, 2) : [];
  if (agents.flatMap((m) => m.ids).length > 1) {
    emitPairs(o, agents, status, rule, emit);
    return;
  }
  const between = findAfter(view, o, view.pack.relations.between, o.cue.type === "MET" ? 3 : o.cue.reach) ?? betweenBeforePassive(view, o);
  if (between) {
    emitPairs(o, view.coordinatedAfter(between), status, rule, emit);
    // "A và B đã ký hiệp ước giữa hai nước": the pair that signs is named too, besides the pair its group stands for.
    // Not those who watch a signing ceremony ("chứng kiến lễ ký ... giữa hai nước"): the noun has no doers before it.
    if (between.kind === "group" && !isNominal(view, o) && pairedBefore(view, o)) emitPairs(o, closeSubjects(view, o), status, rule, emit);
    return;
  }
  // "A và B tiếp những người đồng cấp X, ông C và ông D": the ones a plural description names after its comma are met.
  const listed = o.cue.type === "MET" && o.cue.kind === "verb" ? describedThenListed(view, o) : [];
  if (listed.length) {
    emit(o, "MET", subjectsOf(view, o), listed, status, rule, o.cue.inPerson);
    // "tiếp những người đồng cấp X, ông C và ông D, tại Y": the guests so listed are where they were received; the
    // comma that closes the list parts them from the setting word.
    const last = listed.at(-1)!;
    const guests = view.tokens[last.to]?.text === "," ? { ...last, to: last.to + 1 } : last;
    const place = o.cue.inPerson ? welcomedTo(view, guests) : undefined;
    const hosted = place && view.key(guests.to) !== view.pack.relations.welcomedTo;
    if (place) emit(o, "VISITED", listed, [place], status, hosted ? HOSTED_VISIT_RULE : rule);
    return;
  }
  const nominal = o.cue.kind === "noun" ? nominalDoer(view, o) : undefined;
  // "A và B gặp nhau bên lề hội nghị X": a meeting of the subjects among themselves has no object after it.
  const among = o.cue.type === "MET" && o.cue.kind === "verb" && ofThemselves(view, o);
  const objects =
    o.cue.type === "SIGNED"
      ? partnerOf(view, o)
      : among
        ? []
        : withoutSidesJoined(view, withoutQualifiers(view, objectsOf(view, o, isActor, nominal)));
  if (o.cue.type === "SIGNED" && !objects.length) objects.push(...metBefore(view, o, occurrences), ...accededTo(view, o));
  const host = o.cue.kind === "noun" && objects.length ? hostAfter(view, objects.at(-1)!) : [];
  const named = host.length ? host : nominal ? [nominal] : subjectsOf(view, o);
  const subjects = named.length || !o.cue.inPerson ? named : welcomersAfter(view, o, objects);
  // Welcoming a visit yet to come is no meeting; a guest received on a visit made ("A đón B tới thăm Y") was met, and a
  // ceremony named as a noun was held in person.
  if (o.cue.type === "MET" && o.cue.kind === "verb" && status !== "occurred" && objects.length && welcomesVisit(view, objects.at(-1)!))
    return;
  // "welcomed China's decision": an owner, not whom one received.
  if (o.cue.inPerson && objects.length && view.pack.mentions.possessiveClitics.has(view.key(objects[0]!.to))) return;
  // "joined X in condemning ...": a cue that needs a word after its object gives nothing without it.
  if (!followedAsRequired(view, o, objects.at(-1))) return;
  const contests = view.pack.relations.contests;
  if (o.cue.type === "MET" && contests && objects.length && view.phraseAt(objects.at(-1)!.to, contests)) return;
  const patients = objects.length ? objects : passiveObjects(view, subjects);
  // "hosted A and B at Camp David for a summit": the guests met one another too.
  // "cuộc hội đàm ba bên với A và B": a meeting of three or more sides has each meet each.
  const sides =
    o.cue.type === "MET" &&
    o.cue.kind === "noun" &&
    !!view.pack.relations.multiParty &&
    view.phraseAt(o.to, view.pack.relations.multiParty) > 0;
  const gathered = o.cue.type === "MET" && objects.length > 1 && (sides || (o.cue.inPerson && gatheredFor(view, objects.at(-1)!.to)));
  if (gathered) emitPairs(o, objects, status, rule, emit);
  // "A tiếp B", "B được A đón": the ones who receive a guest in person are the hosts; so are they of talks joined
  // right after the receiving verb ("A tiếp và hội đàm với B", "A đón tiếp và làm việc với B").
  const afterReceiving =
    view.key(o.from - 1) === view.pack.mentions.and &&
    occurrences.some((p) => p.cue.type === "MET" && p.cue.inPerson && p.cue.kind === "verb" && p.to === o.from - 1);
  const received = o.cue.type === "MET" && o.cue.kind === "verb" && objects.length > 0 && (o.cue.inPerson || afterReceiving);
  if (patients.length) emit(o, o.cue.type, subjects, patients, status, rule, received);
  else if (subjects.length === 1 && o.cue.type === "MET" && theirMeeting(view, o, subjects[0]!))
    emitPairs(o, [subjects[0]!, theirMeeting(view, o, subjects[0]!)!], status, rule, emit);
  else if (
    pairedBefore(view, o) ||
    ofThemselves(view, o) ||
    heldAmong(view, o) ||
    carriedByPair(view, o, subjects) ||
    signedByPair(view, o, subjects)
  )
    emitPairs(o, o.cue.type === "MET" ? subjects.filter((m) => !isMeetingSides(view, m)) : subjects, status, rule, emit);
  const place = o.cue.inPerson && objects.length ? welcomedTo(view, objects.at(-1)!) : undefined;
  // "hosted X at the Elysee": a guest received somewhere is there (unless at home: see dropOwnSide).
  const hosted = place && view.key(objects.at(-1)!.to) !== view.pack.relations.welcomedTo;
  if (place) emit(o, "VISITED", objects, [place], status, hosted ? HOSTED_VISIT_RULE : rule);
}

/** How many words may stand between a welcomed guest and the word before the welcomers ("tại sân bay quốc tế X"). */
const WELCOMERS_REACH = 8;

/**
 * "Đón Tổng thống tại sân bay có A và B": a welcome in person opening its sentence, with no doer before it, was done by
 * the people listed after the pack's word (welcomersAfter) that follows the guest and where they were.
 */
function welcomersAfter(view: SentenceView, o: Occurrence, objects: ResolvedMention[]): ResolvedMention[] {
  const marker = view.pack.relations.welcomersAfter;
  const guest = objects.at(-1);
  if (!marker || !guest || view.clauseStart(o.from) !== 0 || view.mentions.some((m) => m.to <= o.from)) return [];
  for (let j = guest.to; j < Math.min(view.tokens.length, guest.to + WELCOMERS_REACH) && !view.isBreak(j); j++) {
    if (view.mentionAt[j] && !isPlace(view.mentionAt[j]!)) return [];
    if (view.key(j) !== marker || view.mentionAt[j]) continue;
    const first = view.mentionAt[j + 1];
    return first?.from === j + 1 && first.type === "PERSON" ? view.coordinatedAfter(first).filter((m) => m.type === "PERSON") : [];
  }
  return [];
}

/** How many words a plural description of whom one meets may have before its comma ("những người đồng cấp Ba Lan"). */
const DESCRIBED_REACH = 6;

/**
 * "A và B tiếp những người đồng cấp X, ông C và ông D": a plural description right after the verb or its "with" (its
 * plural marker first), with no name in it but a country's, then a comma and the people it stands for: those people.
 */
function describedThenListed(view: SentenceView, o: Occurrence): ResolvedMention[] {
  const at = view.key(o.to) === view.pack.relations.with || o.cue.via?.includes(view.key(o.to)) ? o.to + 1 : o.to; // "hội đàm với những ..."
  if (!view.pack.mentions.pluralMarkers?.has(view.key(at))) return [];
  const persons = (first: ResolvedMention) => view.coordinatedAfter(first).filter((m) => m.type === "PERSON");
  // The description may be read with the first name as one mention ("người đồng cấp X, ông C").
  const described = view.mentionAt[at + 1];
  if (
    described?.from === at + 1 &&
    described.type === "PERSON" &&
    view.tokens.slice(described.from, described.to).some((t) => t.text === ",")
  )
    return persons(described);
  for (let j = at + 1; j < Math.min(view.tokens.length, at + DESCRIBED_REACH + 1); j++) {
    const named = view.mentionAt[j];
    // The description itself may be read as the counterparts it stands for ("những người đồng cấp"): no name.
    if (named && named.type !== "COUNTRY" && named.kind === "name") return [];
    if (named || view.key(j) !== ",") {
      if (!named && !view.tokens[j]!.word) return [];
      continue;
    }
    const first = view.mentionAt[j + 1];
    if (first?.type !== "PERSON" || first.from !== j + 1) return [];
    const people = persons(first);
    return people.length > 1 ? people : [];
  }
  return [];
}

/** "A met B on Monday and signed three deals": whom the doer met, in a meeting verb joined to the signing by "and". */
function metBefore(view: SentenceView, o: Occurrence, occurrences: Occurrence[]): ResolvedMention[] {
  const meeting = occurrences.filter((x) => x.to <= o.from && x.cue.type === "MET" && x.cue.kind === "verb").at(-1);
  if (!meeting || view.key(o.from - 1) !== view.pack.mentions.and) return [];
  for (let j = meeting.to; j < o.from - 1; j++) if (view.isBreak(j) && view.key(j) !== ",") return [];
  return objectsOf(view, meeting, isActor);
}

/** How many words (the deal's worth) may stand between a deal and the signing that closes it: "hợp đồng trị giá 2 tỷ USD ký". */
const DEAL_WORDS = 8;

/**
 * "A chuyển giao X cho B theo hợp đồng ký năm 2017": a signing right after a deal the supply told before it in its
 * clause was made under (see RelationWords.underDeal), with no name between, is the supplier's and the recipient's.
 */
function signedDealOfSupply(
  view: SentenceView,
  o: Occurrence,
  occurrences: Occurrence[],
  status: RelationStatus,
  rule: string,
  emit: Emit,
): boolean {
  const under = view.pack.relations.underDeal;
  if (!under || o.cue.type !== "SIGNED" || o.cue.kind !== "verb") return false;
  // Back over the plain words of the deal and its worth to the word for "under" with a deal right after it.
  const isOpener = (k: number) => view.key(k) === under.opener && view.phraseAt(k + 1, under.deals) > 0;
  let opener = o.from - 1;
  while (opener > Math.max(0, o.from - DEAL_WORDS) && !view.mentionAt[opener] && !view.isBreak(opener) && !isOpener(opener)) opener--;
  if (view.mentionAt[opener] || !isOpener(opener)) return false;
  const supply = occurrences.filter((x) => x.cue.type === "SUPPLIED" && x.to <= opener).at(-1);
  if (!supply) return false;
  for (let j = supply.to; j < opener; j++) if (view.isBreak(j)) return false;
  let signed = false;
  relateSupply(view, supply, status, rule, (_supply, _type, suppliers, recipients) => {
    signed = true;
    emit(o, "SIGNED", suppliers, recipients, status, rule);
  });
  return signed;
}

/**
 * "A ký nghị định thư gia nhập": an accession document signed with no other side named is signed with the body the
 * sentence says is joined, else the one the article said last (see RelationWords.accessionDocuments).
 */
function accededTo(view: SentenceView, o: Occurrence): ResolvedMention[] {
  const documents = view.pack.relations.accessionDocuments;
  if (!documents || !view.phraseAt(o.to, documents)) return [];
  const body = joinedBody(view) ?? view.context.joined;
  return body ? [body] : [];
}

/** How far after its guest a named event's host may be introduced ("lễ đón X và phu nhân do Y chủ trì"). */
const HOST_REACH = 4;

/**
 * "Lễ đón X do Y chủ trì", "lễ đón X được Y chủ trì": the host of a named event follows the guest, between the pack's
 * led-by word (or its benefactive passive) and a verb that carries the event.
 */
function hostAfter(view: SentenceView, guest: ResolvedMention): ResolvedMention[] {
  const { ledBy } = view.words;
  const { benefactivePassive, eventVerbs } = view.pack.relations;
  if (!eventVerbs) return [];
  for (let j = guest.to; j < Math.min(view.tokens.length, guest.to + HOST_REACH) && !view.isBreak(j); j++) {
    if (view.key(j) !== ledBy.opener && view.key(j) !== benefactivePassive) continue;
    const first = view.mentionAt[j + 1];
    if (!first || first.from !== j + 1 || first.type !== "PERSON") return [];
    const hosts = view.coordinatedAfter(first).filter((m) => m.type === "PERSON");
    return view.phraseAt(hosts.at(-1)!.to, eventVerbs) ? hosts : [];
  }
  return [];
}

/** "Nga và Triều Tiên hội đàm": several doers right before a meeting cue met each other (before a noun, only where the language says so). */
function pairedBefore(view: SentenceView, o: Occurrence): boolean {
  if (o.cue.kind === "noun" && !view.pack.relations.nounTakesDoersBefore) return false;
  return closeSubjects(view, o).flatMap((m) => m.ids).length > 1;
}

/**
 * "A and B held a joint session and signed a pact", "The two governments met in X and signed ...": a signing verb
 * with no partner named, whose subjects (across a verb joined before it) are two or more, is among them.
 */
function signedByPair(view: SentenceView, o: Occurrence, subjects: ResolvedMention[]): boolean {
  if (o.cue.type !== "SIGNED" || isNominal(view, o) || new Set(subjects.flatMap((m) => m.ids)).size < PAIR_SIZE) return false;
  // "A và nhóm G4 (gồm B, C, D) đã ký": the members of a group listed in brackets sign with their group, not each other.
  return !view.tokens.slice(subjects.at(-1)!.to, o.from).some((t) => t.key === CLOSING_BRACKET);
}

/** How many words (a determiner, an adjective) may stand between a leading word and its event. */
const LEADING_REACH = 3;

/** "A and B agreed ... during talks in Hanoi": a meeting set as the scene of what its doers did. */
function heldAmong(view: SentenceView, o: Occurrence): boolean {
  const { gatherings, pairOwners } = view.pack.relations;
  // A gathering of many is no meeting of two, unless it is theirs ("At their summit in Delhi, A and B ...").
  if (o.cue.kind !== "noun" || (gatherings?.has(view.key(o.from)) && !pairOwners?.has(view.key(o.from - 1)))) return false;
  for (let j = o.from - 1; j >= Math.max(0, o.from - LEADING_REACH); j--) {
    if (view.words.leadingPhrase.has(view.key(j))) return true;
    if (view.mentionAt[j] || !view.tokens[j]!.word) return false;
  }
  return false;
}

/** "A and B wrapped up talks in X": a meeting that a verb of the pair carries (not a gathering of many, unless theirs). */
function carriedByPair(view: SentenceView, o: Occurrence, subjects: ResolvedMention[]): boolean {
  const { gatherings, pairOwners } = view.pack.relations;
  if (o.cue.type !== "MET" || o.cue.kind !== "noun" || new Set(subjects.flatMap((m) => m.ids)).size < PAIR_SIZE) return false;
  if (gatherings?.has(view.key(o.from)) && !pairOwners?.has(view.key(o.from - 1))) return false;
  return carriedByVerb(view, o);
}

/** "Kishida thanked Lula during their meeting": the one person the doer acted on earlier in the clause is the other owner. */
function theirMeeting(view: SentenceView, o: Occurrence, doer: ResolvedMention): ResolvedMention | undefined {
  const owner = view.pack.relations.pluralOwner;
  if (o.cue.kind !== "noun" || !owner || view.key(o.from - 1) !== owner || doer.type !== "PERSON") return undefined;
  // The whole sentence before the meeting: "during their meeting" may open a clause of its own.
  const others = view.mentions.filter((m) => m.to <= o.from && m.type === "PERSON");
  const ids = new Set(others.flatMap((m) => m.ids).filter((id) => !doer.ids.includes(id)));
  return ids.size === 1 ? others.find((m) => m.ids.some((id) => ids.has(id))) : undefined;
}

/** "cuộc hội đàm của họ", "hội đàm song phương": the doers met each other. */
function ofThemselves(view: SentenceView, o: Occurrence): boolean {
  return view.phraseAt(o.to, view.pack.relations.reciprocal) > 0;
}

/** "B được A tiếp đón": the doer chain follows "được", the one acted on comes first in the clause. */
function passiveObjects(view: SentenceView, agents: ResolvedMention[]): ResolvedMention[] {
  const first = agents[0];
  const marker = view.pack.relations.benefactivePassive;
  if (!first || !marker || view.key(first.from - 1) !== marker) return [];
  const start = view.clauseStart(first.from - 1);
  const patient = view.mentions.find((m) => m.from >= start && m.to < first.from && view.canBeSubject(m));
  if (patient) return view.coordinatedAfter(patient);
  // "X, con trai của Y, đã được A tiếp": the one received stands before an aside.
  return beforeAside(view, first.from - 1) ?? [];
}

/** "chào đón Tổng thống Putin đến thăm": welcoming a visit, which the visit cue states. */
function welcomesVisit(view: SentenceView, object: ResolvedMention): boolean {
  const { visitVerb, motionVerbs } = view.pack.relations;
  const next = view.key(object.to);
  if (visitVerb && next === visitVerb) return true;
  const place = view.mentionAt[object.to + 1];
  return motionVerbs.has(next) && (view.key(object.to + 1) === visitVerb || (!!place && isPlace(place)));
}

/** "welcomed X to the White House": the place a guest is welcomed to, right after the guest. */
function welcomedTo(view: SentenceView, guest: ResolvedMention): ResolvedMention | undefined {
  const words = view.pack.relations;
  const marker = view.key(guest.to);
  if (marker !== words.welcomedTo && !words.hostedAt?.has(marker)) return undefined;
  const at = guest.to + 1 + view.phraseAt(guest.to + 1, words.placeHeads);
  // "tại Phủ Chủ tịch ở X": a building set in a city is where the city is; its name may be another city's building.
  const city = words.buildings && view.phraseAt(at, words.buildings) ? placeOfBuilding(view, at) : undefined;
  if (city) return city;
  const place = view.mentionAt[at];
  // The place's mention may hold its kind ("city of Y"), but starts after the marker.
  return place && place.from > guest.to && isPlace(place) ? place : undefined;
}

/** How many words a building's name may take before the setting word that places it: "Dinh Tổng thống ở X". */
const BUILDING_WORDS = 5;

/** The place named after a setting word right after the building at `at` ("Phủ Chủ tịch ở X"), if there is one. */
function placeOfBuilding(view: SentenceView, at: number): ResolvedMention | undefined {
  const words = view.pack.relations;
  const building = view.mentionAt[at];
  const from = building?.from === at ? building.to : at + 1;
  for (let j = from; j <= at + BUILDING_WORDS && j < view.tokens.length && !view.isBreak(j); j++) {
    // A title inside the building's name ("Dinh Tổng thống") is no place of its own.
    if (view.mentionAt[j] && view.mentionAt[j] !== building && isPlace(view.mentionAt[j]!)) return undefined;
    if (!words.hostedAt?.has(view.key(j))) continue;
    const k = j + 1 + view.phraseAt(j + 1, words.placeHeads);
    const place = view.mentionAt[k];
    return place?.from === k && isPlace(place) ? place : undefined;
  }
  return undefined;
}

/**
 * "đón ông và hai bên ra tuyên bố chung": the two sides joined after whom a verb acts on are the ones who met, the
 * subject of a clause of their own, not more of its objects.
 */
function withoutSidesJoined(view: SentenceView, objects: ResolvedMention[]): ResolvedMention[] {
  return objects.length > 1 ? objects.filter((m, n) => n === 0 || !isMeetingSides(view, m)) : objects;
}

/** "hai bên" (the two sides) as a group: the sides of talks, who take no part in a meeting of their own (see meetingSides). */
function isMeetingSides(view: SentenceView, m: ResolvedMention): boolean {
  const sides = view.pack.relations.meetingSides;
  return m.kind === "group" && !!sides && view.phraseAt(m.from, sides) === m.to - m.from;
}

function emitPairs(o: Occurrence, group: ResolvedMention[], status: RelationStatus, rule: string, emit: Emit): void {
  const ids = group.flatMap((m) => m.ids.map((id) => ({ ...m, ids: [id] })));
  for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) emit(o, o.cue.type, [ids[a]!], [ids[b]!], status, rule);
}

/** "ký ... với X", "ký ... cùng X": the other party of a signing, after "with" or the first word of "together with". */
function partnerOf(view: SentenceView, o: Occurrence): ResolvedMention[] {
  const m = findAfter(view, o, view.pack.relations.with, o.cue.reach) ?? findAfter(view, o, view.words.togetherWith[0]!, o.cue.reach);
  if (!m) return sellerOfPurchase(view, o);
  // "with Russia's state gas company, Gazprom": the body named for its owner signs, not the owner; with no name
  // after the kind of body ("with Kazakhstan's national geological company"), no one the sentence names does.
  const member = membersNamed(view, m);
  if (member && isActor(member)) return view.coordinatedAfter(member).filter(isActor);
  if (ownsBodyKind(view, m)) return [];
  return isActor(m) ? view.coordinatedAfter(m) : [];
}

/**
 * "A ký hợp đồng mua 6 máy bay B", "ký thỏa thuận mua khí đốt của C": a deal signed to buy is signed with the seller,
 * the first body or country named after the purchase in its clause (the goods' maker, or whose they are).
 */
function sellerOfPurchase(view: SentenceView, o: Occurrence): ResolvedMention[] {
  const purchases = view.pack.relations.purchaseDeals;
  const length = purchases ? view.phraseAt(o.to, purchases) : 0;
  if (!length) return [];
  for (let j = o.to + length; j < Math.min(view.tokens.length, o.to + o.cue.reach); j++) {
    if (view.isBreak(j)) return [];
    const m = view.mentionAt[j];
    if (!m) continue;
    // "mua vũ khí cho X", "mua ... tại X": whom the goods are for, or where, sells nothing.
    const before = view.key(m.from - 1);
    if (view.pack.relations.recipientMarkers.has(before) || view.pack.relations.setting.has(before)) return [];
    return isActor(m) && m.type !== "PERSON" ? [m] : [];
  }
  return [];
}

/** "Hiệp định giữa A và B được ký kết": a passive verb whose subject names the pair before it, in its clause. */
function betweenBeforePassive(view: SentenceView, o: Occurrence): ResolvedMention | undefined {
  const { passive, between } = view.pack.relations;
  const before = passive.markers.has(view.key(o.from - 1)) ? o.from - 1 : undefined;
  const marker = passive.doer === "before-verb" ? before : passiveMarker(view, o);
  if (marker === undefined) return undefined;
  for (let j = marker - 1; j >= view.clauseStart(o.from); j--)
    if (view.key(j) === between && view.mentionAt[j + 1]) return view.mentionAt[j + 1];
  return undefined;
}

/** The mention right after the word `marker`, within `reach` tokens of the cue. */
function findAfter(view: SentenceView, o: Occurrence, marker: string, reach: number): ResolvedMention | undefined {
  for (let j = o.to; j < view.tokens.length; j++) {
    if (view.isBreak(j) && view.key(j) !== ",") return undefined;
    if (view.key(j) !== marker) continue;
    let at = j + 1;
    while (view.pack.mentions.determiners.has(view.key(at)) && !view.mentionAt[at]) at++; // "with the World Bank"
    if (view.mentionAt[at]) return withinReach(view, o.to, j, reach) ? view.mentionAt[at] : undefined;
  }
  return undefined;
}

/**
 * Whether token `at` is within `reach` tokens of `from`, dates and places taking none of it: "a meeting in X on
 * Friday between A and B". Finding dates is costly: they are looked up only when the other tokens reach that far.
 */
function withinReach(view: SentenceView, from: number, at: number, reach: number): boolean {
  const taken: number[] = [];
  for (let j = from; j < at; j++) {
    const m = view.mentionAt[j];
    if (!m || !isPlace(m)) taken.push(j);
  }
  return fewOutsideDates(view, taken, reach - 1);
}

/** VISITED: places after the cue; "X, Nga" / "X của Nga" adds the country the place is in. */
function relateVisit(view: SentenceView, o: Occurrence, status: RelationStatus, rule: string, emit: Emit): void {
  const nominal = o.cue.kind === "noun" ? nominalDoer(view, o) : undefined;
  const subjects = nominal ? [nominal] : subjectsOf(view, o);
  const places = objectsOf(view, o, isPlace, nominal).filter((m) => followedAsRequired(view, o, m));
  if (o.cue.followedBy && !places.length) return;
  if (asksSomethingElse(view, o, places)) return; // "is in X on Monday": not on a visit named
  // "arrived here" under a dateline: the dateline's place.
  if (!places.length && view.context.here && view.pack.relations.here?.has(view.key(o.to)))
    places.push({ from: o.to, to: o.to + 1, ids: [view.context.here], type: "COUNTRY", kind: "name" });
  if (!places.length && nominal) {
    const stop = stopBeforeCopula(view, o);
    if (stop) places.push(stop);
  }
  if (!places.length && subjects.length === 1) {
    const host = hostOf(view, subjects[0]!);
    if (host) places.push(host);
  }
  const last = places.at(-1);
  if (last?.type === "LOCATION" && view.pack.relations.placeOf.has(view.key(last.to))) {
    const country = view.mentionAt[last.to + 1];
    if (country?.type === "COUNTRY") places.push(country);
  }
  // "travels to X, and then to Y": the next leg too.
  const leg = nextLeg(view, last);
  if (leg) places.push(leg);
  const visitors = subjects.filter((s) => s.type !== "LOCATION");
  emit(o, "VISITED", visitors, places, status, rule);
  if (visitors.length && places.length) emit(o, "VISITED", companionsOf(view, visitors[0]!, places.at(-1)!), places, status, rule);
}

/** How many tokens (commas, a date, a place in apposition) may part the place visited from its next leg. */
const NEXT_LEG_GAP = 8;

/** "travels to X on Friday, and then to Y": the place the journey goes on to after the one visited (see nextLeg). */
function nextLeg(view: SentenceView, place: ResolvedMention | undefined): ResolvedMention | undefined {
  const words = view.pack.relations.nextLeg;
  if (!words || !place) return undefined;
  let j = place.to;
  while (j < place.to + NEXT_LEG_GAP) {
    const { interposed } = view.words;
    const place = view.mentionAt[j];
    const step = place && isPlace(place) ? place.to - j : interposed ? view.phraseAt(j, interposed) : 0;
    if (step) j += step;
    else if (view.key(j) === "," || view.inDate(j)) j++;
    else break;
  }
  const length = view.phraseAt(j, words);
  if (!length) return undefined;
  let at = j + length;
  while (view.pack.mentions.determiners.has(view.key(at))) at++;
  const next = view.mentionAt[at];
  return next?.from === at && isPlace(next) ? next : undefined;
}

/** "X là điểm dừng chân đầu tiên của Y" (X is Y's first stop): the place a copula joins to a nominal visit. */
function stopBeforeCopula(view: SentenceView, o: Occurrence): ResolvedMention | undefined {
  if (!view.words.copula || view.key(o.from - 1) !== view.words.copula) return undefined;
  const place = view.mentionAt[o.from - 2];
  return place && place.to === o.from - 1 && isPlace(place) ? place : undefined;
}

/** "flew to X with Y", "A, accompanied by Y, arrived in X", "visited X, accompanied by Y": the people who share the trip. */
function companionsOf(view: SentenceView, visitor: ResolvedMention, place: ResolvedMention): ResolvedMention[] {
  const companion = view.pack.relations.companion;
  if (!companion || visitor.type !== "PERSON") return [];
  const people = (at: number) => {
    const first = view.mentionAt[at];
    return first?.type === "PERSON" && first.from === at ? view.coordinatedAfter(first).filter((m) => m.type === "PERSON") : [];
  };
  if (view.key(place.to) === companion.with) return people(place.to + 1);
  for (const at of [visitor.to, place.to]) {
    if (view.key(at) !== ",") continue;
    const length = view.phraseAt(at + 1, companion.by);
    if (length) return people(at + 1 + length);
  }
  return [];
}

/** "Việt Nam đón X tới thăm": a country that welcomes a visitor in person is where a visit without a place goes. */
function hostOf(view: SentenceView, guest: ResolvedMention): ResolvedMention | undefined {
  const index = cuesByFirstWord(view.pack.relations);
  for (let k = guest.from - 1; k >= Math.max(0, guest.from - 3); k--) {
    const welcome = index.get(view.key(k))?.find((c) => c.inPerson && view.matches(k, c.words) && k + c.words.length === guest.from);
    if (!welcome) continue;
    const start = view.clauseStart(k);
    const host = view.mentions.filter((m) => m.from >= start && m.to <= k).at(-1);
    return host?.type === "COUNTRY" ? host : undefined;
  }
  return undefined;
}

/** "A cảm ơn B vì sự ủng hộ" also says B supported A; "vì lời mời", that B invited A. */
function relateThanks(
  view: SentenceView,
  o: Occurrence,
  status: RelationStatus,
  rule: string,
  emit: Emit,
  consumed: Set<number>,
  occurrences: Occurrence[],
): void {
  const subjects = subjectsOf(view, o);
  const objects = objectsOf(view, o, isActor);
  if (!objects.length) objects.push(...giverOfReason(view, o));
  if (!objects.length) objects.push(...inviterThanked(view, o, subjects, occurrences));
  emit(o, "THANKED", subjects, objects, status, rule);
  const last = objects.at(-1);
  if (!last) return;
  thankedForSupply(view, objects, subjects, status, emit);
  const words = view.pack.relations;
  for (let j = last.to; j < last.to + THANKS_REASON_REACH; j++) {
    if (!words.thanksReason.has(view.key(j))) continue;
    const support = supportThankedFor(view, j);
    if (support) {
      const k = support.at;
      const to = words.supportTo?.has(view.key(k + 1)) ? view.mentionAt[afterMarker(view, k + 1)] : undefined;
      // "thanked B for Riyadh's support": the support is its owner's, not always the one thanked.
      const givers = support.owner ? [support.owner] : objects;
      emit(
        o,
        "SUPPORTED",
        givers,
        to && isActor(to) ? [to] : (supportedNamed(view, k) ?? subjects),
        status,
        words.thankedSupportByCountry ? THANKED_SUPPORT_RULE : "thanked-for-support",
      );
      consumed.add(k);
    } else if (view.matches(words.thanksReasonSkip.has(view.key(j + 1)) ? j + 2 : j + 1, words.invitation)) {
      emit(o, "INVITED", objects, subjects, status, "thanked-for-invitation");
    }
    return;
  }
}

/**
 * Where the support thanked for is named after the reason word at `reason`, and whose it is: right after it or one
 * skipped word ("for its support"), or, where the pack allows, after an owner and a few plain words ("for Riyadh's
 * strong support", "for his 'clear support'"); undefined when the reason is something else.
 */
function supportThankedFor(view: SentenceView, reason: number): { at: number; owner?: ResolvedMention } | undefined {
  const words = view.pack.relations;
  const k = words.thanksReasonSkip.has(view.key(reason + 1)) ? reason + 2 : reason + 1;
  if (words.supportReason.has(view.key(k))) return { at: k };
  let owner: ResolvedMention | undefined;
  for (let at = reason + 1; at <= reason + (words.supportOwnedReach ?? 0) && at < view.tokens.length; at++) {
    if (words.supportReason.has(view.key(at))) return { at, owner };
    // "for its financial support": support in kind is a supply (thankedForSupply), not a stance
    if (at + view.phraseAt(at, words.goods) > at + 1) return undefined;
    const m = view.mentionAt[at];
    if (m && m.kind !== "pronoun") {
      // "for Canberra's support": the owner's name and its clitic, once
      if (owner || !isActor(m) || !view.pack.mentions.possessiveClitics.has(view.key(m.to))) return undefined;
      owner = m;
      at = m.to;
      continue;
    }
    if (view.isBreak(at) && !QUOTES.has(view.key(at))) return undefined;
    if (view.tokens[at]!.word && view.tokens[at]!.capitalized) return undefined;
  }
  return undefined;
}

/**
 * "A mời B sang thăm X; B cảm ơn và cho biết ...": thanks with no one named after them, right after an invitation told
 * in the clause or the sentence before, answer whoever invited the one who thanks. So do thanks for an act named by
 * its noun alone ("A chúc mừng B. B cảm ơn lời chúc mừng", "cảm ơn sự tiếp đón"): whoever did that act to the thanker.
 */
function inviterThanked(view: SentenceView, o: Occurrence, thankers: ResolvedMention[], occurrences: Occurrence[]): ResolvedMention[] {
  const words = view.pack.relations;
  const bare =
    view.key(o.to) === view.pack.mentions.and ||
    view.isBreak(o.to) ||
    CLAUSE_END_PUNCTUATION.has(view.key(o.to)) ||
    o.to >= view.tokens.length;
  const reasonAt = words.thanksReason.has(view.key(o.to)) ? o.to + 1 : o.to;
  const type = bare ? "INVITED" : words.thanksForActs?.find((act) => view.phraseAt(reasonAt, act.nouns))?.type;
  if (!type || !thankers.length) return [];
  const thanker = new Set(thankers.flatMap((m) => m.ids));
  const doers = (at: SentenceView, found: Occurrence[]) =>
    found
      .filter((x) => x.cue.type === type && x.to <= (at === view ? o.from : at.tokens.length))
      .filter((x) => objectsOf(at, x, isActor).some((m) => m.ids.some((id) => thanker.has(id))))
      .flatMap((x) => subjectsOf(at, x));
  const here = doers(view, occurrences);
  return here.length || !view.context.previous ? here : doers(view.context.previous, findCues(view.context.previous));
}

/**
 * "cảm ơn A vì đã ủng hộ B", "... đã ủng hộ nền độc lập của B": support thanked for, said as a verb that names whom
 * it goes to; undefined when it is a noun ("vì sự ủng hộ") or names no one.
 */
function supportedNamed(view: SentenceView, at: number): ResolvedMention[] | undefined {
  const cue = cueStartingAt(view, at);
  if (cue?.type !== "SUPPORTED") return undefined;
  const o: Occurrence = { cue, from: at, to: at + cue.words.length };
  if (isNominal(view, o)) return undefined;
  const named = objectsOf(view, o, isActor);
  return named.length ? named : undefined;
}

/** How far after "cảm ơn về" the giver of what is thanked for may be named. */
const THANKS_GIVER_REACH = 12;

/** "cảm ơn về sự đón tiếp mà X dành cho ...", "cảm ơn vì sự giúp đỡ của X": the reason comes first, then its giver. */
function giverOfReason(view: SentenceView, o: Occurrence): ResolvedMention[] {
  const words = view.pack.relations;
  if (!words.thanksGiverMarkers || !words.thanksReason.has(view.key(o.to))) return [];
  for (let j = o.to + 1; j < Math.min(view.tokens.length, o.to + THANKS_GIVER_REACH); j++) {
    if (view.mentionAt[j] || (view.isBreak(j) && !words.thanksGiverMarkers.has(view.key(j)))) return [];
    let at = j + 1;
    while (!view.mentionAt[at] && view.words.collectives.has(view.key(at))) at++; // "mà Chính phủ X"
    const giver = view.mentionAt[at];
    if (words.thanksGiverMarkers.has(view.key(j)) && giver && isActor(giver)) return view.coordinatedAfter(giver).filter(isActor);
  }
  return [];
}

/** Where the mention after a marker word starts: "to the Philippines", an article may stand between them. */
function afterMarker(view: SentenceView, marker: number): number {
  if (view.pack.mentions.articles.has(view.key(marker + 1)) && view.mentionAt[marker + 2]) return marker + 2;
  // "dispatched troops to the central Philippines", "to northern Chile": goods sent to a part of a country named by
  // its compass point went to the country (a recipient only: "from northern X" may be a route, not a supplier).
  const part = view.pack.mentions.articles.has(view.key(marker + 1)) ? marker + 2 : marker + 1;
  if (
    view.pack.relations.recipientMarkers.has(view.key(marker)) &&
    view.pack.statics.directions?.has(view.key(part)) &&
    view.mentionAt[part + 1]
  )
    return part + 1;
  // "gửi hàng viện trợ cho người dân X": a country's people or government stand for it.
  const first = pastCollectives(view, marker + 1);
  if (view.mentionAt[first]) return first;
  // "chuyển giao 2 tàu hộ vệ cho hải quân X": so do its armed services, as a recipient.
  const forces = view.pack.relations.recipientForces;
  const branch = forces && view.pack.relations.recipientMarkers.has(view.key(marker)) ? view.phraseAt(first, forces) : 0;
  return branch && view.mentionAt[first + branch]?.type === "COUNTRY" ? first + branch : marker + 1;
}

/** Where a name may start past the words for a country's people or government before it ("nhân dân X"). */
function pastCollectives(view: SentenceView, at: number): number {
  let first = at;
  while (!view.mentionAt[first] && view.words.collectives.has(view.key(first)) && first < at + COLLECTIVE_REACH) first++;
  return first;
}

/** Whether goods are named in [from, to): the pack's, or those a cue takes instead. */
function namesGoods(view: SentenceView, from: number, to: number, goods = view.pack.relations.goods): boolean {
  for (let j = from; j < to; j++) if (view.phraseAt(j, goods) > 0) return true;
  return false;
}

/** "received tanks from X": where the source word of a cue told by the recipient stands, with goods before it. */
function sourceMarker(view: SentenceView, cue: Cue, to: number): number | undefined {
  const end = Math.min(view.tokens.length, to + cue.reach);
  for (let j = to; j < end && !view.isBreak(j); j++) {
    if (cue.sourceVia?.includes(view.key(j)) && view.mentionAt[afterMarker(view, j)])
      return namesGoods(view, to, j, cue.goods) ? j : undefined;
  }
  return undefined;
}

/** SUPPLIED: "A gửi tên lửa tới B", "hoạt động cung cấp UAV của Iran cho Nga"; goods are needed unless the verb says aid. */
function relateSupply(
  view: SentenceView,
  o: Occurrence,
  status: RelationStatus,
  rule: string,
  emit: Emit,
  agents?: ResolvedMention[],
): void {
  if (o.source !== undefined) {
    const supplier = view.mentionAt[afterMarker(view, o.source)]!;
    if (isActor(supplier)) emit(o, "SUPPLIED", view.coordinatedAfter(supplier).filter(isActor), subjectsOf(view, o), status, rule);
    return;
  }
  const end = Math.min(view.tokens.length, o.to + o.cue.reach);
  const marker = recipientMarker(view, o, end);
  const words = view.pack.relations;
  if (marker >= end) {
    if (!recipientFirst(view, o, status, rule, emit)) recipientInContext(view, o, status, emit);
    return;
  }
  const recipient = view.mentionAt[afterMarker(view, marker)]!;
  if (!isActor(recipient)) return;
  // In the passive the goods are the subject: "Howitzers were delivered to X by Y".
  const goodsAt: [number, number] = agents ? [view.clauseStart(o.from), o.from] : [o.to, marker];
  // The goods may come before the recipient or right after it: "gửi tới X thêm 20 xe tăng".
  const goodsAfter = () => !agents && marker === o.to && goodsFollow(view, view.coordinatedAfter(recipient).at(-1)!.to);
  if (!words.selfEvidentSupply.has(o.cue.words.join(" ")) && !namesGoods(view, ...goodsAt) && !goodsAfter()) return;
  const nominal = nominalDoer(view, o);
  const doers = agents ?? (nominal ? [nominal] : subjectsOf(view, o));
  const recipients = view.coordinatedAfter(recipient).filter(isActor);
  emit(o, "SUPPLIED", doers, recipients, status, rule);
  // "viện trợ 7 triệu euro cho X và 3 triệu euro cho Y": each share of the goods goes to its own recipient.
  for (let next = sharedOut(view, recipients.at(-1)!.to); next; next = sharedOut(view, next.at(-1)!.to))
    emit(o, "SUPPLIED", doers, next, status, rule);
}

/**
 * After a recipient, "và 3 triệu euro cho Y" or ", 30 tấn gạo cho Z": a further share of goods and its recipient, if
 * the words there are that (goods within a few words, no verb, then the recipient's marker and an actor).
 */
function sharedOut(view: SentenceView, at: number): ResolvedMention[] | undefined {
  if (view.key(at) !== view.pack.mentions.and && view.key(at) !== ",") return undefined;
  let goods = false;
  for (let j = at + 1; j <= at + GOODS_REACH + 1 && view.tokens[j]?.word && !view.mentionAt[j]; j++) {
    if (view.pack.relations.recipientMarkers.has(view.key(j))) {
      const recipient = view.mentionAt[j + 1];
      return goods && recipient?.from === j + 1 && isActor(recipient) ? view.coordinatedAfter(recipient).filter(isActor) : undefined;
    }
    if (cueStartingAt(view, j)) return undefined;
    goods ||= view.phraseAt(j, view.pack.relations.goods) > 0;
  }
  return undefined;
}

/** Where the marker of a supply's named recipient stands ("cho X", "tới X"), or `end` if none does before it. */
function recipientMarker(view: SentenceView, o: Occurrence, end: number): number {
  const markers = view.pack.relations.recipientMarkers;
  let marker = o.to;
  while (marker < end && !(markers.has(view.key(marker)) && view.mentionAt[afterMarker(view, marker)])) marker++;
  return marker;
}

/** How many plain words (a tense word, an adverb) may stand between the one thanked and what they are thanked for. */
const THANKED_ACT_GAP = 3;

/**
 * "A cảm ơn B đã nhanh chóng gửi hàng cứu trợ": goods sent with no recipient named went to the one who thanks for
 * them (see THANKED_SUPPLY_RULE: a person stands for their country).
 */
function thankedForSupply(
  view: SentenceView,
  thanked: ResolvedMention[],
  thankers: ResolvedMention[],
  status: RelationStatus,
  emit: Emit,
): void {
  const last = thanked.at(-1)!;
  // "A cảm ơn B vì những khoản viện trợ ...": goods thanked for, with no verb before them, came from the one thanked.
  const reason = last.to;
  if (view.pack.relations.thanksReason.has(view.key(reason)) && !view.mentionAt[reason + 1]) {
    for (let j = reason + 1; j <= reason + GOODS_REACH && view.tokens[j]?.word && !view.mentionAt[j]; j++) {
      if (!view.phraseAt(j, view.pack.relations.goods)) {
        if (cueStartingAt(view, j)) break; // "vì đã gửi hàng", "for sending doctors": an act of the one thanked, read below
        continue;
      }
      const o: Occurrence = { cue: { words: [view.key(reason)], type: "SUPPLIED", kind: "noun", reach: GOODS_REACH }, from: reason, to: j };
      emit(o, "SUPPLIED", thanked, thankers, status, THANKED_SUPPLY_RULE);
      return;
    }
  }
  for (let j = last.to; j <= last.to + THANKED_ACT_GAP && view.tokens[j]?.word && !view.mentionAt[j]; j++) {
    const cue = cueStartingAt(view, j);
    if (!cue) continue;
    const o: Occurrence = { cue, from: j, to: j + cue.words.length };
    if (cue.type !== "SUPPLIED" || o.source !== undefined) return;
    const end = Math.min(view.tokens.length, o.to + cue.reach);
    if (recipientMarker(view, o, end) < end) return; // the supply names its recipient: it is told as any other
    let clauseEnd = o.to;
    while (clauseEnd < end && !(view.isBreak(clauseEnd) && view.key(clauseEnd) !== ",")) clauseEnd++; // a list of goods goes on
    if (namesGoods(view, o.to, clauseEnd)) emit(o, "SUPPLIED", thanked, thankers, status, THANKED_SUPPLY_RULE);
    return;
  }
}

/** How far after "with" the goods of "supplied X with Y" may be named. */
const GOODS_REACH = 4;
/** How many words an epithet after a recipient may take ("nhân dân Cuba anh em"), and the collective before it. */
const EPITHET_REACH = 2;
const COLLECTIVE_REACH = 4;

/** Whether goods are named within a few words from `at`, in one clause. */
function goodsFollow(view: SentenceView, at: number): boolean {
  for (let j = at; j < at + GOODS_REACH && !view.isBreak(j); j++) if (view.phraseAt(j, view.pack.relations.goods)) return true;
  return false;
}

/** How many words may stand between goods and their source ("hàng viện trợ khẩn cấp từ A"), and between source and recipient. */
const FLOW_GAP = 3;

/**
 * "Lô hàng viện trợ từ A đã tới B" (aid from A to B), "hàng viện trợ của A cho B": goods that flow from one actor to another, with no verb of
 * giving, are a supply; the status is the one of the word that takes them to the recipient.
 */
function relateGoodsFlows(view: SentenceView, occurrences: Occurrence[], emit: Emit): void {
  const words = view.pack.relations;
  const flow = words.goodsFlow;
  if (!flow) return;
  let after = 0; // where the last flow read ends
  for (const i of view.phraseStarts(flow.goods)) {
    const goods = view.phraseAt(i, flow.goods);
    if (i < after || flow.topics?.has(view.key(i - 1))) continue;
    let from = i + goods;
    const gapEnd = from + FLOW_GAP;
    while (
      from < gapEnd &&
      !flow.words.has(view.key(from)) &&
      !flow.fired.has(view.key(from)) &&
      !view.mentionAt[from] &&
      !view.isBreak(from)
    )
      from++;
    const source = flow.words.has(view.key(from)) ? view.mentionAt[afterMarker(view, from)] : undefined;
    if (!source || !isActor(source)) continue;
    const sources = view.coordinatedAfter(source).filter(isActor);
    let marker = sources.at(-1)!.to;
    const markerEnd = marker + FLOW_GAP;
    while (
      marker < markerEnd &&
      !flow.fired.has(view.key(marker)) &&
      !words.recipientMarkers.has(view.key(marker)) &&
      !view.mentionAt[marker] &&
      !view.isBreak(marker)
    )
      marker++;
    const recipient = words.recipientMarkers.has(view.key(marker)) ? view.mentionAt[afterMarker(view, marker)] : undefined;
    // A supply verb before the goods tells the flow already ("A gửi hàng từ B tới C" names its own supplier).
    if (!recipient || !isActor(recipient) || occurrences.some((o) => o.cue.type === "SUPPLIED" && o.to <= i && o.to >= i - FLOW_GAP))
      continue;
    const o: Occurrence = {
      cue: { words: [view.key(from)], type: "SUPPLIED", kind: "noun", reach: FLOW_GAP },
      from: marker,
      to: marker + 1,
    };
    const status = eventStatus(view, marker, marker + 1, false, false);
    if (status) emit(o, "SUPPLIED", sources, view.coordinatedAfter(recipient).filter(isActor), status, "supplied-flow");
    after = marker + 1;
  }
}

/** "provided Ukraine with tanks": the recipient right after the verb, the goods after the goods marker. */
function recipientFirst(view: SentenceView, o: Occurrence, status: RelationStatus, rule: string, emit: Emit): boolean {
  const { goodsMarker, goods } = view.pack.relations;
  // A country's people or government stand for it: "trao tặng nhân dân X 5.000 tấn gạo".
  const first = pastCollectives(view, o.to);
  const recipient = view.mentionAt[first];
  if (!recipient || recipient.from !== first || !isActor(recipient)) return false;
  const recipients = view.coordinatedAfter(recipient).filter(isActor);
  let at = recipients.at(-1)!.to;
  // Without a goods marker the goods follow the recipient at once: "trao tặng X 20 xe cứu thương", or after an epithet
  // ("nhân dân X anh em 3.000 tấn gạo").
  if (goodsMarker && view.key(at++) !== goodsMarker) return false;
  for (let j = at; j < at + (goodsMarker ? GOODS_REACH : GOODS_REACH + EPITHET_REACH) && !view.isBreak(j) && !view.mentionAt[j]; j++) {
    if (!view.phraseAt(j, goods)) continue;
    emit(o, "SUPPLIED", subjectsOf(view, o), recipients, status, rule);
    return true;
  }
  return false;
}

/** The rule of a supply whose recipient is the one a supply told just before went to. */
const CONTEXT_RECIPIENT_RULE = "supplied-context-recipient";

/**
 * "A gửi tên lửa cho X. B sau đó cũng cung cấp đạn pháo.": goods named right after the cue, up to the clause's
 * end with no name and no recipient's marker, go to the recipient of the supply told just before (see
 * RelationWords.suppliesToContext). Not to one of the suppliers.
 */
function recipientInContext(view: SentenceView, o: Occurrence, status: RelationStatus, emit: Emit): void {
  const words = view.pack.relations;
  const recipient = view.context.aidRecipient ?? view.context.stricken;
  if (!recipient || !words.suppliesToContext || o.cue.kind !== "verb") return;
  const needs = words.stricken?.placesOfNeed;
  let goodsSeen = false;
  for (let j = o.to; j < view.tokens.length && !view.isBreak(j); j++) {
    // "gửi hàng cứu trợ tới vùng lũ": a plain place of need marks no other recipient.
    const marker = words.recipientMarkers.has(view.key(j));
    if (view.mentionAt[j] || (marker && !(needs && view.phraseAt(j + 1, needs) > 0))) return;
    goodsSeen ||= view.phraseAt(j, words.goods) > 0 && j <= o.to + GOODS_REACH;
  }
  // "cam kết viện trợ khẩn cấp": aid pledged to the stricken country needs no goods named.
  const stricken = view.context.stricken?.ids[0];
  const aidSaid = stricken !== undefined && recipient.ids.includes(stricken) && words.selfEvidentSupply.has(o.cue.words.join(" "));
  if (!goodsSeen && !aidSaid) return;
  // "A cảm ơn hơn 70 nước đã gửi lực lượng cứu hộ": what A thanks others for went to A, from those it does not name.
  for (let j = view.clauseStart(o.from); j < o.from; j++) if (!view.mentionAt[j] && cueStartingAt(view, j)?.type === "THANKED") return;
  const suppliers = subjectsOf(view, o);
  if (suppliers.some((s) => s.ids.some((id) => recipient.ids.includes(id)))) return;
  // Aid pledged with no goods named is a state's or a body's: "X chỉ trích các nước giàu keo kiệt trong viện trợ" is none.
  if (!goodsSeen && suppliers.some((s) => s.type === "PERSON")) return;
  emit(o, "SUPPLIED", suppliers, [recipient], status, CONTEXT_RECIPIENT_RULE);
}

/** "theo lời mời của A", "nhận lời mời của A": A invited whoever the sentence has visiting or meeting. */
function relateInvitations(view: SentenceView, out: RelationCandidate[], dates: () => FoundDate[]): void {
  for (let i = 0; i < view.tokens.length; i++) {
    const inviter = invitingActor(view, i);
    if (!inviter) continue;
    const status = eventStatus(view, i, i + view.pack.relations.invitation.length, true, false);
    if (!status) continue;
    // "theo lời mời của A và B": each inviter joined by the conjunction invited (a comma may close the phrase instead).
    const inviters = [inviter];
    for (let next = view.mentionAt[inviter.to + 1]; view.key(inviters.at(-1)!.to) === view.pack.mentions.and; ) {
      if (!next || next.from !== inviters.at(-1)!.to + 1 || !isActor(next)) break;
      inviters.push(next);
      next = view.mentionAt[next.to + 1];
    }
    const ids = inviters.flatMap((m) => m.ids);
    const guest =
      conveyedTo(view, inviters.at(-1)!)?.ids[0] ??
      accepter(view, i)?.ids[0] ??
      out.find((r) => (r.type === "VISITED" || r.type === "MET") && !ids.includes(r.source))?.source ??
      mainActor(view, inviter);
    if (!guest) continue;
    const date = nearestDate(view, dates, i)?.value;
    for (const source of ids) {
      if (source !== guest)
        out.push({ type: "INVITED", source, target: guest, status: "occurred", date, rule: "invitation-of", confidence: 0.8 });
    }
  }
}

/**
 * "chuyển lời mời của A tới B", "lời mời của A mời B thăm X": an invitation passed on names its guest right after the
 * inviter, after a recipient's marker or the verb of inviting; the one who passes it on is no guest.
 */
function conveyedTo(view: SentenceView, inviter: ResolvedMention): ResolvedMention | undefined {
  const { recipientMarkers, invitation } = view.pack.relations;
  const marks = recipientMarkers.has(view.key(inviter.to)) || view.key(inviter.to) === invitation.at(-1);
  const guest = marks ? view.mentionAt[inviter.to + 1] : undefined;
  return guest?.from === inviter.to + 1 && isActor(guest) ? guest : undefined;
}

/**
 * "chuyển lời mời của A tới B (tới) thăm X": the act right after the guest an invitation passed on names (see
 * conveyedTo) is the guest's, not the one's who passes it on.
 */
function invitedGuestBefore(view: SentenceView, o: Occurrence): ResolvedMention | undefined {
  if (o.cue.type === "INVITED") return undefined;
  const guest = view.mentionAt[o.from - 1];
  const inviter = guest ? view.mentionAt[guest.from - 2] : undefined;
  if (!guest || !inviter || guest.to !== o.from) return undefined;
  const at = inviter.from - view.pack.relations.invitationOf.length;
  return at >= 0 && invitingActor(view, at) === inviter && conveyedTo(view, inviter) === guest ? guest : undefined;
}

/** How many words the verb of accepting may have ("chấp nhận"). */
const ACCEPT_WORDS = 2;

/** "chuyến thăm mà X đã nhận lời mời của Y": the one right before the verb that accepts the invitation at `i`. */
function accepter(view: SentenceView, i: number): ResolvedMention | undefined {
  const accepts = view.pack.relations.acceptsInvitation;
  if (!accepts) return undefined;
  for (let length = 1; length <= ACCEPT_WORDS; length++) {
    if (view.phraseAt(i - length, accepts) !== length) continue;
    for (let j = i - length - 1; j >= view.clauseStart(i); j--) {
      const m = view.mentionAt[j];
      if (m) return isActor(m) && closeTo(view, m.to, i - length) ? m : undefined;
    }
  }
  return undefined;
}

/** "lời mời của A mời B ...": the inviter named right before the verb of inviting, whose invitation it is. */
function inviterBefore(view: SentenceView, o: Occurrence): ResolvedMention | undefined {
  const owner = view.mentionAt[o.from - 1];
  if (!owner || o.cue.type !== "INVITED") return undefined;
  const at = owner.from - view.pack.relations.invitationOf.length;
  return at >= 0 && invitingActor(view, at) === owner ? owner : undefined;
}

/**
 * Who invites in the invitation at `i`: "lời mời của A", "an invitation from A", "of his counterpart, A", or,
 * where the pack lets the invited act stand between, "lời mời thăm X của A" (the invitation to visit X of A).
 */
function invitingActor(view: SentenceView, i: number): ResolvedMention | undefined {
  const { invitationOf, invitationFrom = [], invitation, invitedActReach = 0 } = view.pack.relations;
  // Tried at every token: no array of the phrases is made for it.
  let after = invitationOf.length > 0 && view.matches(i, invitationOf) ? i + invitationOf.length : -1;
  for (const phrase of invitationFrom) if (phrase.length > 0 && view.matches(i, phrase)) after = i + phrase.length;
  if (after < 0 && invitationOf.length > 0 && invitedActReach && view.matches(i, invitation)) {
    const of = invitationOf.at(-1)!;
    for (let j = i + invitation.length + 1; j <= i + invitation.length + invitedActReach && !view.isBreak(j); j++) {
      if (view.key(j) === of) after = j + 1;
      // Only a place the invited act goes to may stand before the inviter.
      if (after >= 0 || (view.mentionAt[j] && !isPlace(view.mentionAt[j]!))) break;
    }
  }
  const inviter = after >= 0 ? inviterAt(view, after) : undefined;
  return inviter && isActor(inviter) ? inviter : undefined;
}

/** How many plain words may stand between "of his" and the inviter's name: "of his counterpart, X". */
const INVITER_REACH = 3;

/** The inviter named at `from` (past a determiner), or after an owner pronoun and the words of a relation to the guest ("his counterpart, X"). */
function inviterAt(view: SentenceView, from: number): ResolvedMention | undefined {
  let at = from;
  // "at the invitation of the Peruvian president": past a determiner, as after "by" (doerAfterVerb).
  while (!view.mentionAt[at] && view.pack.mentions.determiners.has(view.key(at))) at++;
  if (view.mentionAt[at] || !view.pack.mentions.possessivePronouns.has(view.key(at))) return view.mentionAt[at];
  for (let j = at + 1; j <= at + INVITER_REACH + 1 && j < view.tokens.length; j++) {
    const m = view.mentionAt[j] ?? (view.key(j) === "," ? view.mentionAt[j + 1] : undefined);
    if (m) return m;
    if (!view.tokens[j]!.word || view.tokens[j]!.capitalized) return undefined;
  }
  return undefined;
}

function mainActor(view: SentenceView, not: ResolvedMention): string | undefined {
  const m = view.mentions.find((x) => x !== not && view.canBeSubject(x) && x.type === "PERSON");
  return m?.ids[0];
}

/**
 * When the event happened: the date nearest the cue within its clause, else a date that opens the sentence
 * before anyone is named ("Ngày 17/9, Tổng thống ...").
 */
function nearestDate(view: SentenceView, datesOf: () => FoundDate[], at: number, onlyBefore = false): FoundDate | undefined {
  const dates = datesOf();
  if (dates.length === 0) return undefined;
  const offset = view.tokens[at]?.start ?? 0;
  const from = view.tokens[view.clauseStart(at)]?.start ?? 0;
  const to = onlyBefore ? offset : (view.tokens[view.clauseEnd(at) - 1]?.end ?? Infinity);
  let best: FoundDate | undefined;
  for (const d of dates) {
    if (d.start < from || d.end > to) continue;
    if (!best || Math.abs(d.start - offset) < Math.abs(best.start - offset)) best = d;
  }
  const firstName = view.tokens[view.mentions[0]?.from ?? view.tokens.length]?.start ?? Infinity;
  return best ?? dates.find((d) => d.end <= firstName);
}
