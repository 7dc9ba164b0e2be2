// English words that shape clauses: openers, prepositions that govern a name, list joiners.
import { PhraseSet } from "../../relate/phrase-set.ts";
import type { ClauseWords } from "../language-pack.ts";

/** Words that open a new clause: reported speech, subordinate and relative clauses, contrast. */
const OPENERS = new PhraseSet([
  "that",
  "said",
  "says",
  "told",
  "added",
  "stressed",
  "insisted",
  "warned",
  "announced",
  "reported",
  "when",
  "after",
  "before",
  "while",
  "whereas",
  "but",
  "although",
  "though",
  "if",
  "because",
  "since",
  "as",
  "who",
  "which",
  "whom",
  "where",
  "amid",
  "according to",
]);

/** Opener words that open nothing when followed by these: "said during a meeting", "as part of", "after all". */
const NOT_OPENING = new Map<string, string[]>([
  // "what it said were Iranian groups": a hedge inside the object, not reported speech.
  ["said", ["during", "in", "at", "on", "after", "before", "while", "as", "through", "via", "were", "was", "are", "is"]],
  ["told", ["reporters", "a", "the"]],
  ["as", ["part", "well", "a", "an", "the", "head", "president", "prime", "leader", "much", "many", "long", "soon"]],
  ["after", ["all"]],
  ["since", ["then"]],
  ["that", ["the"]],
]);

/** Words after which a name is not the doer of what follows: "of Russia", "in Pyongyang", "to Moscow". */
const NOT_SUBJECT_AFTER = new Set([
  "of",
  "with",
  "in",
  "at",
  "to",
  "from",
  "for",
  "by",
  "about",
  "on",
  "against",
  "between",
  "among",
  "into",
  "toward",
  "towards",
  "over",
  "than",
  "like",
  "through",
  "across",
  "near",
  "around",
  "including",
  "via",
  // "X, speaking alongside Y, accused Z": whom one stands beside is not the doer.
  "alongside",
  "beside",
  "unlike",
  "and",
]);

/** Prepositions that make an event noun an adverbial of the clause: "during a meeting with X", "on a visit to Y". */
const GOVERNING = ["in", "during", "at", "on"];
/** Words between such a preposition and its noun: "during their meeting", "at a bilateral meeting". */
const GOVERNING_LEAD = ["a", "an", "the", "their", "his", "her", "its", "bilateral", "separate", "official", "state", "private"];

/** "on Tuesday", "late on Sunday", "last week": a time a verb's phrase may hold before the rest of it. */
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const INTERPOSED = [
  ...["on", "late on", "early on", "again on", "also on"].flatMap((lead) => WEEKDAYS.map((day) => `${lead} ${day}`)),
  // "will travel Saturday to X", "met Monday with X": the wire's bare weekday.
  ...WEEKDAYS,
  ...["last", "this", "earlier this", "later this"].flatMap((lead) => ["week", "month"].map((span) => `${lead} ${span}`)),
  // "imposed sanctions in July on X", "held talks last year with X": a month or a year inside the cue.
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].flatMap(
    (month) => [`in ${month}`, `last ${month}`, `this ${month}`],
  ),
  ...["last year", "this year", "earlier this year", "late last year", "earlier this month", "overnight"],
  "yesterday",
  "today",
  "again",
  "also",
  "publicly",
  "formally",
  // "stood firmly with X", "expressed strongly its concern": a manner adverb inside the cue.
  "firmly",
  "strongly",
  "fully",
  "squarely",
];

export const EN_CLAUSES: ClauseWords = {
  interposed: new PhraseSet(INTERPOSED),
  openers: OPENERS,
  notOpening: NOT_OPENING,
  notSubjectAfter: NOT_SUBJECT_AFTER,
  // "to neighbouring Ukraine": a neighbour's word parts no name from what reaches it.
  collectives: new Set(
    ["the", "government", "people", "of", "leaders", "officials", "authorities", "his", "her", "their", "its"].concat([
      "neighbouring",
      "neighboring",
      // "A and his wife B arrived", "welcomed A and her husband B": a spouse named in a list is one of it.
      "wife",
      "husband",
      "spouse",
    ]),
  ),
  joiners: new Set([",", "and"]),
  listEndsWithConjunction: true,
  togetherWith: ["along", "with"],
  according: "according",
  complementizer: "that",
  when: "when",
  // "Speaking at a news conference with X, A said ...": a phrase that opens on "speaking" sets the scene too.
  leadingPhrase: new Set(["in", "at", "during", "after", "before", "on", "speaking"]),
  // "Lula praised Japan in a meeting with X": a meeting named after a preposition is the clause subject's, not Japan's.
  cueGoverning: new Set(GOVERNING),
  cueGoverningLead: new Set(GOVERNING_LEAD),
  because: "because",
  relativeWho: "who",
  relativeWhich: "which",
  relativeWhose: "whose",
  // "X, led by Y, and Z" has commas round it: no list to skip.
  ledBy: { opener: "", closers: [] },
  including: "including",
  examples: new PhraseSet(["among them", "among whom", "such as", "notably"]),
  cardinals: new Set([
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozens",
    "several",
    "dozen",
  ]),
  singular: new Set(["a", "an"]),
  ownSubjectOpeners: new Set(["the", "a", "an", "some", "many", "several", "two", "three", "these", "those"]),
  participleClause: {
    suffix: "ing",
    reporting: new Set(["saying", "adding", "noting", "claiming", "arguing", "insisting", "stressing", "asserting", "alleging", "warning"]),
  },
};
