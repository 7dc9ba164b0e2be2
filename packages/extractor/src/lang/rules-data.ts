// A user's rules file (`--rules rules.json`): what it may add to a language pack, per language code, as the
// lexicon file adds names. Validated here; turned into an extended pack by extend-pack.ts.
import { RELATION_TYPES, STATIC_RELATIONS, type RelationType } from "@news-kg/schema";
import { z } from "zod";
import { OfficeEntry } from "../lexicon/lexicon-data.ts";
import type { Cue } from "./language-pack.ts";
import { PACKED_LANGUAGES } from "./pack-for.ts";

/** The types a cue may state: events (standing facts come from titles and appositions, not from cues). */
const CUE_TYPES = RELATION_TYPES.filter((type) => !STATIC_RELATIONS.has(type));
const CUE_KINDS = ["verb", "noun"] as const satisfies readonly Cue["kind"][];
/** How far right of its cue, in tokens, an object may be: the pack tables stay well below it. */
const MAX_REACH = 40;

const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]], { error: `expected one of ${values.join(", ")}` });
/** A word or phrase, as the text writes it (case and tone-mark placement do not matter). */
const phrase = z.string().trim().min(1, "expected a word or phrase");
/** One word: what stands right before or after a cue. */
const word = z.string().trim().regex(/^\S+$/u, "expected one word");

/** A relation cue with the argument shape of the pack's cue tables (lang/language-pack.ts, `Cue`). */
const CUE_FIELDS = {
  words: phrase,
  type: oneOf<RelationType>(CUE_TYPES),
  kind: oneOf(CUE_KINDS),
  reach: z.number().int().min(1).max(MAX_REACH),
  via: z.array(word).min(1).optional(),
  adjacent: z.boolean().optional(),
  closeSubject: z.boolean().optional(),
  notBefore: z.array(word).optional(),
  endsInObject: z.boolean().optional(),
  notBeforePhrases: z.array(phrase).optional(),
  notAfter: z.array(word).optional(),
  unstatedAfter: z.array(word).optional(),
  onlyAfter: z.array(word).optional(),
  notAfterNumber: z.boolean().optional(),
  onlyThen: z.array(word).min(1).optional(),
  otherwise: z
    .object({ type: oneOf<RelationType>(CUE_TYPES), onlyThen: z.array(word).min(1) })
    .strict()
    .optional(),
  followedBy: z.array(word).min(1).optional(),
  inPerson: z.boolean().optional(),
  byDelegation: z.boolean().optional(),
  sourceVia: z.array(word).min(1).optional(),
  goods: z.array(phrase).min(1).optional(),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/, "expected a CAMEO code (2 to 4 digits)")
    .optional(),
  participle: z.boolean().optional(),
  agentAfter: z.boolean().optional(),
  owned: z.boolean().optional(),
  planned: z.boolean().optional(),
  onlyReceived: z.boolean().optional(),
  bySides: z.boolean().optional(),
} satisfies Record<keyof Cue, z.ZodType>;
export const CueRule = z.object(CUE_FIELDS).strict();
export type CueRule = z.infer<typeof CueRule>;

const phrases = z.array(phrase).optional();
/** Modality words: what makes an event planned, alleged, not stated (negation), or asked for (request: planned, or nothing where the pack says so). */
const ModalityRules = z.object({ planned: phrases, alleged: phrases, negation: phrases, request: phrases }).strict();

/** What a rules file adds to one language's pack. */
export const LanguageRules = z
  .object({
    relationCues: z.array(CueRule).default([]),
    offices: z.array(OfficeEntry.strict()).default([]),
    modality: ModalityRules.default({}),
  })
  .strict();
export type LanguageRules = z.infer<typeof LanguageRules>;

/** A rules file: language code (one with a pack) → its additions. */
export const RulesData = z.partialRecord(oneOf(PACKED_LANGUAGES), LanguageRules, {
  error: `expected an object of language codes (${PACKED_LANGUAGES.join(", ")})`,
});
export type RulesData = z.infer<typeof RulesData>;
