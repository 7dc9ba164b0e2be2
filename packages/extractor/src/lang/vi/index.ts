// The Vietnamese language pack.
import { ownerAfter } from "../../relate/event-owner.ts";
import type { LanguagePack } from "../language-pack.ts";
import { VI_ABBREVIATIONS } from "./abbreviations.ts";
import { VI_CLAUSES } from "./clause-words.ts";
import { VI_DATES } from "./date-patterns.ts";
import { VI_FURNITURE } from "./furniture.ts";
import { looksVietnamese } from "./looks-vietnamese.ts";
import { VI_MENTIONS } from "./mention-words.ts";
import { VI_MODALITY } from "./modality.ts";
import { VI_PUBLISHED } from "./published-words.ts";
import { normalizeVietnamese } from "./normalize-vietnamese.ts";
import { VI_RELATIONS } from "./relation-words.ts";
import { VI_STATICS } from "./static-words.ts";

/** How far after a nominalized event "của Y" may name its doer. */
const OWNER_REACH = 24;

export const vietnamese: LanguagePack = {
  code: "vi",
  normalize: normalizeVietnamese,
  furniture: VI_FURNITURE,
  abbreviations: VI_ABBREVIATIONS,
  clitics: [],
  dates: VI_DATES,
  mentions: VI_MENTIONS,
  clauses: VI_CLAUSES,
  relations: VI_RELATIONS,
  modality: VI_MODALITY,
  statics: VI_STATICS,
  published: VI_PUBLISHED,
  // "chuyến thăm X của Y", "sự ủng hộ của Y": the owner follows, possibly past what the event is about.
  eventOwner: (view, event) => ownerAfter(view, event, OWNER_REACH),
  nativeNames: { country: "Vietnam", written: "Việt Nam", looksNative: looksVietnamese },
};
