import type { RelationStatus } from "@news-kg/schema";
import type { SentenceView } from "./sentence-view.ts";

const STOPS = new Set([";", ":", "."]);
/** How far back a future or past marker may stand from its event, in tokens: keeps run-on sentences linear. */
const MODALITY_REACH = 40;
/** How far back a negator may stand, in the same verb chain ("không thăm", "chưa nhận lời mời thăm"). */
const NEGATION_REACH = 5;
/** How many words make a negated verb phrase of its own before an "and" ("not be bullied and"; not "not meet and"). */
const OWN_PHRASE_WORDS = 2;
/** How far back from an embedded event its governing verb's negator may stand. */
const EMBEDDED_NEGATION_REACH = 6;
/** How far back a topic word makes the event a topic. */
const TOPIC_REACH = 2;
/** How far after a nominalized event a future word makes it planned. */
const PLANNED_AFTER_REACH = 8;

/**
 * Where the words after a nominalized event start, up to PLANNED_AFTER_REACH of them in its clause: a name counts as
 * one word ("a planned meeting between <two long titled names> was called off").
 */
function wordsAfter(view: SentenceView, to: number): number[] {
  const starts: number[] = [];
  for (let i = to; starts.length < PLANNED_AFTER_REACH && i < view.tokens.length && !view.isBreak(i); i++) {
    const name = view.mentionAt[i];
    if (name && i > name.from) continue;
    starts.push(i);
  }
  return starts;
}

/** How far after a planned event a contrast may call it off. */
const CALLED_OFF_REACH = 16;

/** "was due to visit X next week, but the trip was cancelled": the sentence goes on to call the plan off. */
function calledOff(view: SentenceView, to: number): boolean {
  const words = view.pack.modality.calledOff;
  if (!words) return false;
  let contrast = false;
  for (let i = to; i < Math.min(view.tokens.length, to + CALLED_OFF_REACH) && !STOPS.has(view.key(i)); i++) {
    if (words.contrast.has(view.key(i))) contrast = true;
    else if (contrast && view.phraseAt(i, words.words)) return true;
  }
  return false;
}

/** A planned event, unless the words after it call it off ("the planned visit ... was cancelled"). */
function plannedUnlessCalledOff(view: SentenceView, to: number): RelationStatus | undefined {
  return calledOff(view, to) ? undefined : "planned";
}

/**
 * A hypothesis before the event, not closed off by the end of a quotation ("'If I could help,' X said during a
 * meeting"). A reported future is one only when a condition follows its event ("said she would meet X if he asked").
 */
function hypothetical(view: SentenceView, from: number, to: number): boolean {
  const words = view.pack.modality.hypothetical;
  for (const at of view.phraseStarts(words)) {
    if (at >= from) break;
    if (view.mentionAt[at]) continue;
    if (reportedFutureAt(view, at)) {
      if (conditionAfter(view, to)) return true;
      continue;
    }
    return !quoteClosedBetween(view, at, from);
  }
  return false;
}

/** Whether a quotation that is open at `at` closes before `from`. */
function quoteClosedBetween(view: SentenceView, at: number, from: number): boolean {
  let straight = view.tokens.slice(0, at).filter((t) => t.text === '"').length;
  for (let i = at + 1; i < from; i++) {
    const text = view.tokens[i]!.text;
    if (text === "”" || (text === '"' && straight++ % 2 === 1)) return true;
  }
  return false;
}

/** A condition after the event, in the same sentence part ("... would impose sanctions on X if Y did not ..."). */
function conditionAfter(view: SentenceView, to: number): boolean {
  const conditions = view.pack.modality.reportedFuture?.conditions;
  if (!conditions) return false;
  for (let i = to; i < view.tokens.length && !STOPS.has(view.key(i)); i++)
    if (!view.mentionAt[i] && view.phraseAt(i, conditions)) return true;
  return false;
}

/** How far after a reporting verb its reported future may stand ("said that the two leaders would"). */
const REPORTED_FUTURE_REACH = 6;

/** Whether the hypothetical word at `at` tells a future in reported speech ("saying that he would visit"). */
function reportedFutureAt(view: SentenceView, at: number): boolean {
  const reported = view.pack.modality.reportedFuture;
  if (!reported || !view.phraseAt(at, reported.words)) return false;
  for (let i = at - 1; i >= Math.max(0, at - REPORTED_FUTURE_REACH); i--) {
    if (view.phraseAt(i, reported.reporting)) return true;
    if (STOPS.has(view.key(i))) return false;
  }
  return false;
}

/** A phrase that only looks negated ("không ngừng") at `i`, ending before the event: "không chỉ trích" still negates. */
function notNegationAt(view: SentenceView, i: number, event: number): boolean {
  const length = view.phraseAt(i, view.pack.modality.notNegation);
  return length > 0 && i + length <= event;
}

/** How long a relative aside may be, in tokens. */
const RELATIVE_ASIDE_REACH = 16;

/** The comma that opens ", who ...," when `comma` closes it. */
function relativeAsideOpen(view: SentenceView, comma: number): number | undefined {
  for (let i = comma - 1; i > Math.max(0, comma - RELATIVE_ASIDE_REACH); i--)
    if (view.key(i) === ",") return view.key(i + 1) === view.words.relativeWho ? i : undefined;
  return undefined;
}

/**
 * "Theo lời mời của A, B thăm X", "theo đề nghị của A": what is done at someone's bidding is done, not planned
 * ("theo kế hoạch", as planned, names no one and stays a plan). The plan word may end the phrase "theo" opens.
 */
function atSomeonesBidding(view: SentenceView, i: number, length: number): boolean {
  const { according } = view.words;
  return (view.key(i - 1) === according || view.key(i - 2) === according) && view.key(i + length) === view.pack.mentions.possessive;
}

/**
 * "Ruiz to visit Kenya": a headline's subject, then the infinitive (the event at `from` follows its marker) with no
 * verb before it, tells what is ahead. Only names (and their possessives) stand before the infinitive.
 */
function headlineInfinitive(view: SentenceView, from: number): boolean {
  const subject = view.mentionAt[from - 2];
  if (!subject || subject.to !== from - 1) return false;
  for (let i = 0; i < subject.from; i++) if (!view.mentionAt[i] && !view.pack.mentions.possessiveClitics.has(view.key(i))) return false;
  return true;
}

/**
 * "Invited by X, A arrived in Y": a plan word with its agent in a participle set off by a comma before the event
 * tells why it is done, not that it is ahead ("A was invited by X to visit Y", with no comma, stays planned).
 */
function biddingAside(view: SentenceView, after: number, event: number): boolean {
  if (view.key(after) !== view.pack.relations.passive.agentWord) return false;
  for (let i = after + 1; i < event; i++) if (view.key(i) === ",") return true;
  return false;
}

/**
 * The status of the event stated at tokens [from, to): undefined when negated or hypothetical, "alleged" inside
 * a charge, "planned" when a future or intention word comes before it (and no past marker nearer).
 */
export function eventStatus(
  view: SentenceView,
  from: number,
  to: number,
  noun: boolean,
  alleged: boolean,
  ownVerb = false,
): RelationStatus | undefined {
  const words = view.pack.modality;
  // An owner pronoun is no boundary: "cancelled his visit".
  const owners = view.pack.mentions.possessivePronouns;
  let joinedAt: number | undefined;
  for (let i = from - 1; i >= Math.max(0, from - NEGATION_REACH) && (!view.mentionAt[i] || owners.has(view.key(i))); i--) {
    // "rejected the claim and criticized X": a denial with its own object ends at the "and" that joins the next verb.
    const denial = view.phraseAt(i, words.denials) > 0;
    const negator = view.phraseAt(i, words.negators);
    // "would not be bullied and thanked X": a negated verb phrase of its own words ends at the "and" too.
    // Not a named event joined right after "and" to what is negated: "suspended military contacts and talks with X".
    const sameObject = noun && joinedAt === from - 1;
    if (negator && joinedAt !== undefined && !sameObject && joinedAt - (i + negator) >= OWN_PHRASE_WORDS) break;
    if (negator && !notNegationAt(view, i, from) && !((noun || joinedAt !== undefined) && denial)) return undefined;
    if (view.key(i) === view.pack.mentions.and) joinedAt = i;
    // A negator may itself open the clause it negates ("phủ nhận đã gửi ..."): it is read before the break stops the search.
    if (view.isBreak(i)) break;
  }
  if (hypothetical(view, from, to) || view.firstPhrase(words.deniedReports) < from) return undefined;
  // "không ủng hộ việc gửi quân": an event named under a negated verb is not stated either.
  if (words.embedders.has(view.key(from - 1))) {
    for (let i = Math.max(0, from - EMBEDDED_NEGATION_REACH); i < from - 1; i++)
      if (!view.mentionAt[i] && view.phraseAt(i, words.negators) && !notNegationAt(view, i, from)) return undefined;
  }
  for (let i = Math.max(0, from - TOPIC_REACH); i < from; i++) if (view.phraseAt(i, words.topic)) return undefined;
  // "X's visit to Y was postponed": a nominalized event called off after it is named.
  if (noun && words.negatedAfter && wordsAfter(view, to).some((i) => view.phraseAt(i, words.negatedAfter!))) return undefined;
  if (!noun && words.negatedObjects && view.phraseAt(to, words.negatedObjects)) return undefined;
  if (alleged) return "alleged";
  const start = view.clauseStart(from);
  if (view.phraseStarts(words.alleged).some((i) => i >= start && i < from)) return "alleged";
  // "Theo tình báo X, A đã ...": the source the sentence opens with.
  if (view.key(0) === view.words.according)
    for (let i = 1; i < from && view.key(i) !== ","; i++) if (view.phraseAt(i - 1, words.alleged)) return "alleged";
  // "A kêu gọi B cung cấp ...": asked for, not done. Not "theo yêu cầu của A" (at A's request), nor a named event
  // ("yêu cầu dỡ bỏ lệnh cấm vận": what is asked is the lifting).
  // "demanded his release and accused X of lying": a past form after "and" is no part of what is asked (see ownVerb).
  if (words.requests && !noun && !ownVerb) {
    for (let i = start; i < from; i++) {
      const n = view.mentionAt[i] ? 0 : view.phraseAt(i, words.requests);
      if (n && i + n <= from && view.key(i + n) !== view.pack.mentions.possessive)
        return words.requestStates === "nothing" ? undefined : "planned";
    }
  }
  const departure = noun ? words.departurePurpose : undefined;
  // "promised to provide", "Norway to provide": the verb event follows the infinitive's marker.
  const afterInfinitive = !noun && words.infinitive !== undefined && view.key(from - 1) === words.infinitive;
  let purpose = false;
  for (let i = from - 1; i >= Math.max(0, from - MODALITY_REACH) && !STOPS.has(view.key(i)); i--) {
    if (departure && view.key(i) === departure.purpose) purpose = true;
    if (purpose && view.phraseAt(i, departure!.departures)) return plannedUnlessCalledOff(view, to);
    // "X, who had been invited by Y, arrived": the aside's words are no mode of the verb after it.
    if (view.key(i) === ",") i = relativeAsideOpen(view, i) ?? i;
    if (view.mentionAt[i]) continue;
    if (view.phraseAt(i, words.occurred)) return "occurred";
    if (noun && words.commitmentAt?.scenes.has(view.key(from - 1)) && view.phraseAt(i, words.commitmentAt.commitments)) return "occurred";
    if (afterInfinitive && words.commitmentVerbs && view.phraseAt(i, words.commitmentVerbs)) return plannedUnlessCalledOff(view, to);
    const planned = view.phraseAt(i, words.planned) || (reportedFutureAt(view, i) ? 1 : 0);
    if (planned && i + planned <= from && !atSomeonesBidding(view, i, planned) && !biddingAside(view, i + planned, from))
      return plannedUnlessCalledOff(view, to);
  }
  if (afterInfinitive && headlineInfinitive(view, from)) return "planned";
  if (noun && wordsAfter(view, to).some((i) => view.phraseAt(i, words.plannedAfter))) return plannedUnlessCalledOff(view, to);
  return "occurred";
}
