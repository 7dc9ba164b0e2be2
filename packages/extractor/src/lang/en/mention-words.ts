// English words that introduce, surround or continue names. Lower case; matched against lower-cased tokens.
import type { Gender } from "../../recognize/mention.ts";
import { PhraseSet } from "../../relate/phrase-set.ts";
import type { ContextualName, GroupCue, MentionWords } from "../language-pack.ts";
import { COMPANY_TAILS, isNonPersonWord, looksLikeEnglishName, OPENING_WORDS } from "./bare-names.ts";
import { CALENDAR_WORD } from "./date-patterns.ts";
import { EN_STATICS } from "./static-words.ts";

/** Who two or three people or countries are called together: "the two leaders", "both governments", "the pair". */
const PAIR_DETERMINERS = ["the two", "both"];
/** Groups of more than two, by their count: "the three leaders", "all four countries". */
const COUNTED_DETERMINERS: [string, number][] = [
  ["the three", 3],
  ["all three", 3],
  ["the four", 4],
  ["all four", 4],
];
const LEADER_GROUPS = ["leaders", "heads of state", "heads of government", "men", "women", "statesmen"];
const COUNTRY_GROUPS = ["countries", "nations", "sides", "governments", "neighbours", "neighbors", "allies", "delegations", "states"];
const ROLE_GROUPS: [string, string][] = [
  ["presidents", "president"],
  ["foreign ministers", "foreign minister"],
  ["ministers", "minister"],
  ["prime ministers", "prime minister"],
  ["defence ministers", "defence minister"],
  ["defense ministers", "defense minister"],
];

/** Plural descriptions: who they stand for is resolved from the article. */
const GROUP_CUES: GroupCue[] = [
  ...PAIR_DETERMINERS.flatMap((d) => LEADER_GROUPS.map((n): GroupCue => ({ words: `${d} ${n}`, of: "leaders" }))),
  ...PAIR_DETERMINERS.flatMap((d) => COUNTRY_GROUPS.map((n): GroupCue => ({ words: `${d} ${n}`, of: "countries" }))),
  ...PAIR_DETERMINERS.flatMap((d) => ROLE_GROUPS.map(([n, role]): GroupCue => ({ words: `${d} ${n}`, of: "role", role }))),
  // "the pair", "the duo": two people just named.
  { words: "the pair", of: "leaders" },
  { words: "the duo", of: "leaders" },
  // "the three leaders", "all four presidents", "the three foreign ministers": that many people named together before.
  ...COUNTED_DETERMINERS.flatMap(([d, size]) => [
    ...LEADER_GROUPS.map((n): GroupCue => ({ words: `${d} ${n}`, of: "leaders", size })),
    ...ROLE_GROUPS.map(([n, role]): GroupCue => ({ words: `${d} ${n}`, of: "role", role, size })),
  ]),
  // "the three countries", "all four governments": that many countries named together before ("states" may be a
  // federation's, "sides" a match's: not counted).
  ...COUNTED_DETERMINERS.flatMap(([d, size]) =>
    ["countries", "nations", "governments", "allies"].map((n): GroupCue => ({ words: `${d} ${n}`, of: "countries", size })),
  ),
  // "A met B. They signed ...": only two people just named.
  { words: "they", of: "leaders", local: true },
];

/** Of those, the ones that name the place's kind and are no part of its name: "the city of Valparaiso" is Valparaiso,
 * "the capital of Karnataka" is Karnataka, "the municipality of Zvecan" is Zvecan. */
const PLACE_KIND_CUES = [
  ...["port", "city", "town", "village", "province", "state", "island", "capital", "region", "district", "municipality", "resort"].map(
    (kind) => `${kind} of`,
  ),
];
/** Words before a capitalized run that make it a place: "the city of Danang" reads the other way, "Mount Paektu" this way. */
const LOCATION_CUES = ["mount", "lake", "camp", ...PLACE_KIND_CUES];

/** "Quang Ninh province", "Jeju Island": kinds of place after a name ("state" is left out: "Islamic State"). */
const PLACE_KINDS_AFTER = [
  ...["province", "region", "prefecture", "oblast", "county", "district", "island", "governorate"].flatMap((kind) => [kind, `${kind}s`]),
];
/** "Czech Republic", "Free State": kinds a capitalized name ends in only when the lexicon does not know it. */
const PLACE_KINDS_LOWER_ONLY = ["republic", "territory"];

/** A state's formal style before its short name: "the Republic of Armenia", "the Kingdom of Thailand". */
const STATE_FORMS = [
  "republic of",
  "kingdom of",
  "state of",
  "commonwealth of",
  "federal republic of",
  "socialist republic of",
  "islamic republic of",
  "arab republic of",
  "democratic republic of",
  "united republic of",
  "federative republic of",
  "principality of",
  "sultanate of",
];

/** A spouse's style before a name: "first lady Ana Ruiz" is a person, who holds no office of the country before it. */
const SPOUSE_CUES = ["first lady", "first gentleman"];
/** Styles of address before a name, no part of it: "His Highness Prince X", "Her Excellency Y". */
const STYLES = ["highness", "royal highness", "excellency", "majesty"].flatMap((style) => [`his ${style}`, `her ${style}`]);

/** Words for kin before a name: "his son Ali", "Mr Kim's sister Kim Yo Jong". */
const KIN_WORDS = ["son", "sons", "daughter", "daughters", "father", "mother", "wife", "husband", "brother", "sister"];

/** Lower-case kinds of body right before a name: "oil company X", "arms exporter X", "trading house X", "defence firm X". */
const COMPANY_KINDS = ["company", "firm", "exporter", "trading house", "conglomerate", "carmaker", "shipbuilder", "manufacturer"];
/** Words before a capitalized run that make it an organization: "news agency KCNA", "newspaper Rodong Sinmun". */
const ORGANIZATION_CUES = ["news agency", "newspaper", "broadcaster", "state broadcaster", "party", "group", ...COMPANY_KINDS];

/** Lower-case words that may stand between an office and the name or its affiliation: "the foreign minister of Y". */
const TITLE_MODIFIERS = new Set([
  "of",
  "for",
  "the",
  "state",
  "foreign",
  "affairs",
  "national",
  "security",
  "deputy",
  "vice",
  "first",
  "senior",
  "chief",
  "special",
  "acting",
  "then",
  "former",
  "permanent",
  "defence",
  "defense",
  "and",
  // "Ukraine's army chief X", "the party chief"
  "army",
  "military",
  "navy",
  "intelligence",
  "police",
  "party",
  // "Rwandan government spokesperson X", "the Kenyan presidential spokesman"
  "government",
  "presidential",
]);

/**
 * "Minister for Economic Affairs X", "Minister of Mines and Energy X", "High Commissioner for Refugees X": the fields
 * an office is of, which end before its holder's name.
 */
const TITLE_FIELDS = [
  ...["foreign", "external", "economic", "home", "internal", "social", "veterans", "consumer", "legal", "religious", "maritime"].map(
    (kind) => `${kind} affairs`,
  ),
  ...["mines", "energy", "refugees", "defence", "defense", "finance", "trade", "industry", "justice", "health", "education"],
  ...["agriculture", "transport", "interior", "labour", "labor", "tourism", "culture", "environment", "science", "innovation"],
  ...["information", "communications", "planning", "investment", "fisheries", "economy", "commerce", "housing", "infrastructure"],
  ...["petroleum", "water", "lands", "youth", "sports", "climate", "human rights", "public security", "national defence"],
  ...["international trade", "international development", "foreign trade", "the environment", "the interior", "the economy"],
  // "secretary of the Central Committee of the X Party": a party's organ between the office and the party it serves.
  ...["central committee", "central committee of the", "political bureau of the", "politburo of the"],
];

/** "Marcelo Abalos Jr., the defence secretary,": a generational suffix and its dot belong to the name. */
const NAME_SUFFIXES = ["jr", "sr", "jnr", "snr"];

/** "Dalian-based Tongrui Shipping", "the Kremlin-backed X": what a place or body joined to these words modifies. */
const COMPOUND_MODIFIERS = [
  "based",
  "backed",
  "led",
  "owned",
  "run",
  "controlled",
  "funded",
  "linked",
  "allied",
  "aligned",
  "affiliated",
  "registered",
  "flagged",
  "born",
  "made",
  "built",
  "brokered",
  "sponsored",
  "friendly",
  "headquartered",
];

/** Military and party ranks, written out or cut short: "General X", "Lt. Gen. X", "Rear Admiral X", "Comrade X", "Army General X". */
const RANKS = [
  "army",
  "general",
  "gen",
  "lieutenant",
  "lt",
  "colonel",
  "col",
  "major",
  "maj",
  "brigadier",
  "brig",
  "admiral",
  "adm",
  "commodore",
  "rear",
  "vice",
  "marshal",
  "field",
  "captain",
  "capt",
  "commander",
  "cmdr",
  "sergeant",
  "sgt",
  "comrade",
  "respected",
  // church ranks: "Cardinal X", "Archbishop Y"
  "cardinal",
  "archbishop",
];

/** Words that say a person's gender: pronouns, and honorifics or titles inside a name's mention. */
const MALE_PRONOUNS = ["he", "him", "his", "himself"];
const FEMALE_PRONOUNS = ["she", "her", "hers", "herself"];
const MALE_WORDS = ["mr", "spokesman", "chairman", "congressman", "king", "prince", "emperor", "sultan", "emir", "sir"];
const FEMALE_WORDS = [
  "mrs",
  "ms",
  "madam",
  "madame",
  "spokeswoman",
  "chairwoman",
  "congresswoman",
  "queen",
  "princess",
  "empress",
  "lady",
  "dame",
];
const genderOf = (male: string[], female: string[]) =>
  new Map<string, Gender>([...male.map((w) => [w, "male"] as const), ...female.map((w) => [w, "female"] as const)]);

/** The two Koreas name each other "the North" and "the South" once either is named. */
const KOREAS = ["North Korea", "South Korea"];
const CONTEXTUAL_NAMES: ContextualName[] = [
  { words: ["the", "north"], name: "North Korea", context: KOREAS },
  { words: ["the", "south"], name: "South Korea", context: KOREAS },
];

/**
 * "X, who serves as Moldova's deputy prime minister,", "X was sworn in as president of Y": verbs from a name to
 * its office (the comma before an apposition's verb is read by the core).
 */
// "appointed foreign minister" or "appointed as foreign minister"; "re-elected" keeps the office held.
const TAKES_OFFICE = ["appointed", "named", "elected", "re-elected", "reelected", "reappointed", "re-appointed"]
  .flatMap((verb) => [verb, `${verb} as`])
  .concat(["sworn in as", "chosen as", "installed as"]);
const OFFICE_VERBS = [
  ...["is", "serves as", "became", "is also", "now serves as"].map((verb) => `who ${verb}`),
  ...TAKES_OFFICE.flatMap((verb) => [`who was ${verb}`, `was ${verb}`, `has been ${verb}`]),
  "serves as",
  "became",
];
/** The same for an office held before: "X, who served as Y's president,". */
const FORMER_OFFICE_VERBS = ["who served as", "who previously served as", "served as", "previously served as"];

/** Natural places whose names end in their kind: "Mira Shoal", "Tavi Atoll", "Sable Island Group". */
const PLACE_TAILS = ["shoal", "shoals", "reef", "reefs", "atoll", "cay", "islands", "archipelago", "island group", "peninsula"];

/** Head words of buildings where leaders meet: "the Rosewood Palace", "the Marble Hall", "the Kigali Convention Centre". */
const VENUE_TAILS = ["palace", "hall", "auditorium", "building", "stadium", "centre", "center", "lodge", "pavilion", "hotel", "resort"];

/** Travel words after which an unknown capitalized run is a place: "arrived in Arica", "a visit to Labasa". */
const PLACE_AFTER = [
  ...["arrived", "arrives", "arrive", "arriving", "landed", "lands", "stop", "stopover"].map((verb) => `${verb} in`),
  ...["travelled", "traveled", "travel", "travels", "travelling", "traveling", "flew", "fly", "flies", "flying"].map(
    (verb) => `${verb} to`,
  ),
  ...["visit", "visits", "trip", "trips", "journey", "en route", "headed", "heading"].map((noun) => `${noun} to`),
  "tour of",
  // "a refiner based in Yantai", "a port south of Dasol": where a body sits, and a compass bearing from a place.
  ...["based in", "headquartered in"],
  ...["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"].map((point) => `${point} of`),
];

export const EN_MENTIONS: MentionWords = {
  placeAfter: new PhraseSet(PLACE_AFTER),
  contextualNames: CONTEXTUAL_NAMES,
  genders: { pronouns: genderOf(MALE_PRONOUNS, FEMALE_PRONOUNS), words: genderOf(MALE_WORDS, FEMALE_WORDS) },
  // "Dato Lim X", "Datuk Y": Malaysian styles before a name, no part of it; "Shri X", "Smt Y": Indian ones.
  // "H.E. Mr. X": His (or Her) Excellency, as state releases write it.
  honorifics: new Set(["mr", "mrs", "ms", "dr", "dato", "datuk", "shri", "smt", "h.e"]),
  ranks: new Set(RANKS),
  honorificIsPronoun: false,
  indefinite: new Set(["a", "an", "one"]),
  articles: new Set(["the", "a", "an"]),
  // "took office in June, Adviser X said": a month or a weekday is no one's name.
  // "On Monday, President X": a run with a month or a weekday anywhere in it is a date, not a name.
  // "Later, the Chilean president met ...": a word that opens a sentence is no surname its apposition describes.
  bareSurnames: (surface) => !surface.split(" ").some((w) => CALENDAR_WORD.test(w)) && !OPENING_WORDS.has(surface.toLowerCase()),
  // "signed in July, Seoul is to ...": no place named "July".
  isDateWord: (word) => CALENDAR_WORD.test(word),
  // "Kourosh Farzadi met ...": a full name needs no title to be a person's.
  looksLikeName: looksLikeEnglishName,
  isBodyWord: isNonPersonWord,
  openingWords: OPENING_WORDS,
  organizationTails: COMPANY_TAILS,
  placeTails: new Set(PLACE_TAILS),
  venues: { tails: new Set(VENUE_TAILS), after: new Set(["at", "in", "inside", "outside"]) },
  memberGroups: new PhraseSet(
    ["", "foreign ", "defence ", "defense ", "finance ", "economic ", "trade "].flatMap((kind) =>
      ["ministers", "leaders", "officials", "members", "member states", "diplomats", "envoys", "delegates"].map((n) => `${kind}${n}`),
    ),
  ),
  membersTargetedAfter: new Set(["on", "against"]),
  blocNouns: new Set(["bloc", "alliance"]),
  rulers: { nouns: new Set(["junta", "regime"]), after: new Set(["that"]) },
  // "The leaders of A, B and C met", "the foreign ministers of A and B signed": the ones they act for do it.
  actingFor: new PhraseSet([
    ...LEADER_GROUPS.filter((n) => n !== "men" && n !== "women"),
    ...ROLE_GROUPS.map(([n]) => n),
    ...["governments", "delegations", "representatives", "envoys", "top diplomats", "heads of delegation"],
  ]),
  compoundModifiers: new Set(COMPOUND_MODIFIERS),
  pronouns: new Set(["he", "she", "him"]),
  possessivePronouns: new Set(["his", "her"]),
  governmentNouns: new Set(["administration", "government", "cabinet"]),
  determiners: new Set(["the"]),
  affiliationFirst: true,
  affiliationAfter: "of",
  // "ambassador to Brazil", "Cuba's ambassador in Windhoek": where an office abroad is posted, not whose it is.
  postedTo: { words: new Set(["to", "in"]), roles: new Set(["ambassador", "envoy", "special envoy", "high commissioner"]) },
  possessiveClitics: new Set(["'s", "’s", "'", "’"]),
  groups: GROUP_CUES,
  locationCues: LOCATION_CUES,
  placeKindCues: new Set(PLACE_KIND_CUES),
  placeIn: { word: "in", modifiers: new Set([...EN_STATICS.placeWords, ...EN_STATICS.placeKinds!.words]) },
  stateForms: new PhraseSet(STATE_FORMS),
  placeKindsAfter: {
    lower: new Set([...PLACE_KINDS_AFTER, ...PLACE_KINDS_LOWER_ONLY]),
    capitalized: new Set(PLACE_KINDS_AFTER),
    owned: new Set(["state"]),
  },
  placeAppositions: {
    articles: new Set(["the", "a", "an"]),
    nouns: new Set([...EN_STATICS.placeKinds!.nouns, "municipality", "atoll"]),
    leadOn: new Set(["of", "in", "on", "near", "along", "where", "which", "that"]),
  },
  ageAnaphor: {
    age: /^\d{1,3}-year-old$/,
    verbs: new Set(["is", "was", "has", "had", "will", "would", "said", "says", "told", "met", "also", "later", "then", "who"]),
    verbEndings: ["ed"],
  },
  // "X was accompanied by Vice President Y": the companion's office is X's country's; no verb sends an English holder.
  sending: { verbs: new Set(), notAfter: new Set(), companions: new PhraseSet(["accompanied by", "joined by", "flanked by"]) },
  kinWords: new Set(KIN_WORDS),
  // "X, the first by a Brazilian president in 20 years": the office is the agent's, not X's.
  appositionStops: new Set(["by"]),
  // "Trade Minister and Investment Board chair X": a second office's head after its body.
  stackedOfficeHeads: new Set(["chair", "chairman", "chairwoman", "chairperson", "head", "chief", "director", "coordinator", "convenor"]),
  personCues: [...SPOUSE_CUES, ...STYLES],
  spouseCues: new Set(SPOUSE_CUES),
  organizationCues: ORGANIZATION_CUES,
  // "oil company Norvaltech", "the rebel group X": a lower-case kind of body before a name is no part of it.
  bodyKindHeads: new Set(["group", "newspaper", "broadcaster", "state broadcaster", ...COMPANY_KINDS]),
  titleModifiers: TITLE_MODIFIERS,
  titleFields: new PhraseSet(TITLE_FIELDS),
  formerMarkers: new Set(["former", "late", "ex"]),
  formerAfterOffice: new Set(["emeritus"]),
  heldThen: ["at", "the", "time"],
  nameParticles: new Set(["del", "da", "de", "di", "van", "von", "der", "bin", "al", "el", "la", "le", "dos", "das", "du"]),
  nameSuffixes: new Set(NAME_SUFFIXES),
  ownOfficeWords: new Set(["party"]),
  commonCompounds: new Set(),
  compoundBefore: new Map(),
  linkingWords: new Set(["of", "in", "at", "and", "with", "for", "from", "to", "is", "was", "has", "had", "will", "also"]),
  copula: "is",
  officeVerbs: new PhraseSet(OFFICE_VERBS),
  headsBody: {
    verbs: new PhraseSet(
      ["heads", "leads", "chairs", "runs", "helms"].flatMap((verb) => [`who ${verb}`, `who now ${verb}`, `who currently ${verb}`]),
    ),
    // "X, head of the Y Agency,", "X, the chief of Z's weather service,": the noun says what the verb does.
    nouns: new PhraseSet(["head of", "chief of"].flatMap((noun) => [noun, `the ${noun}`])),
    office: { cue: "head", role: "head", leader: false },
  },
  formerOfficeVerbs: new PhraseSet(FORMER_OFFICE_VERBS),
  ministry: "ministry",
  possessive: "of",
  and: "and",
};
