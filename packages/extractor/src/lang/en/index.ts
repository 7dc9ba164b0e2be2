// The English language pack.
import { ownerAfter, ownerBefore } from "../../relate/event-owner.ts";
import { isPlace } from "../../relate/sentence-view.ts";
import type { LanguagePack } from "../language-pack.ts";
import { EN_ABBREVIATIONS } from "./abbreviations.ts";
import { EN_CLAUSES } from "./clause-words.ts";
import { EN_DATES } from "./date-patterns.ts";
import { EN_FURNITURE } from "./furniture.ts";
import { EN_MENTIONS } from "./mention-words.ts";
import { EN_MODALITY } from "./modality.ts";
import { EN_PUBLISHED } from "./published-words.ts";
import { EN_RELATIONS, SUPPORT_VERBS } from "./relation-words.ts";
import { EN_STATICS } from "./static-words.ts";

/** "the visit of X": right after the event; further on, "of" belongs to something else. */
const OWNER_REACH = 3;

/** "a trip to Moscow by X": the agent word, and how far after the event it may come. */
const AGENT = "by";
const AGENT_REACH = 8;

/** "Macron pledged France's support for X": after a verb of stating, the owner is whom the speaker speaks for; the doer is the speaker. */
const SPEAKS_FOR = new Set(SUPPORT_VERBS);

export const english: LanguagePack = {
  code: "en",
  normalize: (text) => text,
  furniture: EN_FURNITURE,
  abbreviations: new Set(EN_ABBREVIATIONS),
  clitics: ["'s", "’s"],
  dates: EN_DATES,
  mentions: EN_MENTIONS,
  clauses: EN_CLAUSES,
  relations: EN_RELATIONS,
  modality: EN_MODALITY,
  statics: EN_STATICS,
  published: EN_PUBLISHED,
  // "Putin's visit to X", "his visit"; else "the visit of Putin to X", where "of" follows the event at once;
  // else "a visit to X by Putin".
  eventOwner: (view, event) => {
    const before = ownerBefore(view, event);
    if (before && SPEAKS_FOR.has(view.key(before.from - 1))) return undefined;
    if (before) return before;
    // "a tour of Chile": a place right after "of" is where the event goes, not whose it is.
    const after = ownerAfter(view, event, OWNER_REACH);
    return after && !(isPlace(after) && after.from === event.to + 1) ? after : ownerAfter(view, event, AGENT_REACH, AGENT);
  },
};
