// The two word orders in which a nominalized event names its doer. A pack composes them (LanguagePack.eventOwner).
import type { ResolvedMention } from "../resolve/resolve-article.ts";
import { isActor, type SentenceView } from "./sentence-view.ts";

/** A nominalized event: its cue's tokens [from, to), and how far right the cue's object may be. */
export interface EventSpan {
  from: number;
  to: number;
  reach: number;
}

/** How far past the event's object reach an owner other than a person may come. */
const NEAR_OBJECT = 4;

/**
 * "chuyến thăm Triều Tiên của Tổng thống Putin", "the visit of Putin to Hanoi": the possessive word (or
 * another owner word, "a trip to Moscow by X") after the event, within `reach` tokens. Near the event any actor; further on (past what it is about) only a person.
 */
export function ownerAfter(
  view: SentenceView,
  event: EventSpan,
  reach: number,
  possessive = view.pack.mentions.possessive,
): ResolvedMention | undefined {
  const { nominalDoerStops } = view.pack.relations;
  for (let j = event.to; j < Math.min(view.tokens.length, event.to + reach); j++) {
    if ((view.isBreak(j) && view.key(j) !== ",") || nominalDoerStops.has(view.key(j))) return undefined;
    if (view.key(j) !== possessive || view.mentionAt[j]) continue; // not the "of" inside "Secretary of State X"
    const m = view.mentionAt[j + 1] ?? pastLoneOffice(view, j + 1);
    const owned = view.mentionAt[j - 1];
    // "vùng Viễn Đông của Nga": whose place, not who travels; no place is a person's ("chuyến công du vùng Vịnh của ông A").
    if (owned?.type === "LOCATION" && m?.type !== "PERSON") return undefined;
    // "trừng phạt nhắm vào công ty X của Y": a company's country owns the company, not the event (a body joined is
    // no company: "tiến trình gia nhập Liên minh châu Âu của Y" is Y's).
    if (owned && m?.type === "COUNTRY" && isCompany(view, owned)) return undefined;
    if (m?.type === "PERSON" || (m && isActor(m) && j < event.to + event.reach + NEAR_OBJECT)) return m;
  }
  return undefined;
}

/** Most words an office standing alone before its comma has, the first capitalized: "Phó Thủ tướng thường trực". */
const LONE_OFFICE_WORDS = 4;

/**
 * "chuyến thăm X của Phó Thủ tướng, Bộ trưởng Ngoại giao Y": an office that names no one, stacked before the comma that
 * a person's mention follows, is that person's; the person owns the event.
 */
function pastLoneOffice(view: SentenceView, at: number): ResolvedMention | undefined {
  for (let k = at; k <= at + LONE_OFFICE_WORDS; k++) {
    if (view.key(k) === ",") {
      const m = view.mentionAt[k + 1];
      return k > at && m?.type === "PERSON" ? m : undefined;
    }
    const token = view.tokens[k];
    if (!token?.word || (k === at && !token.capitalized) || view.mentionAt[k]) return undefined;
  }
  return undefined;
}

/** The most words a kind of body has ("công ty", "tập đoàn"). */
const BODY_KIND_WORDS = 2;

/** A body named by a lower-case kind of body at its start ("công ty X"): a company (see MentionWords.bodyKindHeads). */
function isCompany(view: SentenceView, m: ResolvedMention): boolean {
  const heads = view.pack.mentions.bodyKindHeads;
  if (m.type !== "ORGANIZATION" || !heads || view.tokens[m.from]?.capitalized) return false;
  for (let n = 1; n <= BODY_KIND_WORDS && m.from + n <= m.to; n++) if (heads.has(view.keysOf(m.from, m.from + n))) return true;
  return false;
}

/** How many plain words may stand between an owner and its event: "Putin's first state visit". */
const OWNER_REACH = 3;

/** Quote marks that may open a quoted phrase between an owner and its noun. */
const OPENING_QUOTES = new Set(['"', "“", "'", "‘"]);

/** "Putin's visit", "his state visit": a possessive ending or pronoun before the event. */
export function ownerBefore(view: SentenceView, event: EventSpan): ResolvedMention | undefined {
  const clitics = view.pack.mentions.possessiveClitics;
  for (let j = event.from - 1; j >= Math.max(0, event.from - 1 - OWNER_REACH); j--) {
    const m = view.mentionAt[j];
    if (m) return m.kind === "pronoun" && m.to === j + 1 && isActor(m) ? m : undefined;
    if (clitics.has(view.key(j))) {
      const owner = view.mentionAt[j - 1];
      return owner && isActor(owner) ? owner : undefined;
    }
    if (OPENING_QUOTES.has(view.key(j))) continue; // "France's 'unwavering support'": a quote opened after the owner
    // "thanked X for its support during talks with Y": an owner before the preposition owns another noun.
    if (view.words.cueGoverning?.has(view.key(j))) return undefined;
    if (!view.tokens[j]!.word || view.tokens[j]!.capitalized) return undefined;
  }
  return undefined;
}
