// English relation cues and the words their arguments take.
import { PhraseSet } from "../../relate/phrase-set.ts";
import { cue } from "../cue.ts";
import type { RelationType } from "@news-kg/schema";
import type { Cue, RelationWords } from "../language-pack.ts";
import { EN_STATICS } from "./static-words.ts";

const WITH = ["with"];
/** "hosted X in the port city of Y", "visited the coastal town of Y": the words that name a place's kind before it. */
const PLACE_KINDS = EN_STATICS.placeKinds!;
const PLACE_HEADS = [
  "the",
  "the capital",
  ...[...PLACE_KINDS.nouns].map((noun) => `the ${noun} of`),
  ...[...PLACE_KINDS.words].flatMap((word) => [...PLACE_KINDS.nouns].map((noun) => `the ${word} ${noun} of`)),
];
const INTO = ["to", "in", "into"];
/** What a plan or a speech "is met with": "met with criticism" is a reception, not a meeting. */
const REACTIONS = [
  "criticism",
  "resistance",
  "opposition",
  "skepticism",
  "scepticism",
  "protests",
  "anger",
  "outrage",
  "silence",
  "scorn",
  "derision",
  "dismay",
  "approval",
  "applause",
  "praise",
  "condemnation",
  "alarm",
  "concern",
  "suspicion",
  "mixed",
  "strong",
  "widespread",
  "fierce",
];

/** Past participles among the forms: regular ones end in -ed, and these do not. */
const IRREGULAR_PARTICIPLES = new Set(["met", "held", "sent", "sold", "signed", "inked", "hailed", "backed"]);
const isParticiple = (word: string) => word.endsWith("ed") || IRREGULAR_PARTICIPLES.has(word);

/** The forms of a verb that state it (past, present, infinitive, participle): one row per form. */
const forms = (words: string[], make: (w: string) => Cue) =>
  words.map((w) => {
    const cue = make(w);
    return isParticiple(cue.words[0]!) && cue.kind === "verb" ? { ...cue, participle: true } : cue;
  });

/** Verbs of receiving before "praise", which is then a noun: "drew praise from X", "won praise". */
const PRAISE_RECEIVED = ["drew", "draws", "draw", "drawn", "drawing", "won", "wins", "earned", "earns", "received", "receives"];
/**
 * "drew criticism from X", "came under sharp criticism from X", "sparked condemnation from X": an act told from whom
 * it reaches, the doer after "from". Only the verb's subject (or its owner: "Kenya's plan drew ...") is reached.
 */
const RECEIVING_VERBS = [
  ...PRAISE_RECEIVED,
  ...["attracted", "attracts", "faced", "faces", "facing", "sparked", "sparks", "prompted", "prompts"],
  ...["triggered", "triggers", "provoked", "provokes", "met with", "came under", "comes under", "come under", "coming under"],
];
/** Degrees and articles between the verb and the act: "drew a sharp rebuke from X". */
const RECEIVED_FILLERS = [
  "a",
  "an",
  "sharp",
  "strong",
  "fierce",
  "harsh",
  "heavy",
  "swift",
  "stern",
  "widespread",
  "international",
  "rare",
  "warm",
  "high",
];
const RECEIVED = { verbs: new PhraseSet(RECEIVING_VERBS), fillers: new Set(RECEIVED_FILLERS), from: new Set(["from"]) };
/** The words that may stand right before a received act's noun: a receiving verb's last word or a filler. */
const BEFORE_RECEIVED = [...RECEIVING_VERBS.map((v) => v.split(" ").at(-1)!), ...RECEIVED_FILLERS];
/** Nouns of acts that "drew" etc. make received (they state nothing alone: "criticism of X grew"). */
const RECEIVED_ACTS: [string, RelationType][] = [
  ["criticism", "CRITICIZED"],
  ["condemnation", "CRITICIZED"],
  ["rebuke", "CRITICIZED"],
  ["censure", "CRITICIZED"],
  ["praise", "PRAISED"],
  ["plaudits", "PRAISED"],
  ["acclaim", "PRAISED"],
];

export const SUPPORT_VERBS = [
  "expressed",
  "expresses",
  "voiced",
  "voices",
  "pledged",
  "pledges",
  "reaffirmed",
  "reaffirms",
  "reiterated",
  "reiterates",
  "declared",
  "offered",
  "offers",
  // "went to X to express support for Y": the bare forms after "to" or a future word.
  ...["express", "voice", "pledge", "reaffirm", "reiterate", "offer"],
  // "travelled to X to show support for Y", "showed solidarity with Y".
  "show",
  "shows",
  "showed",
  "showing",
  "demonstrated",
  "demonstrate",
];
/** "pledged its strong support": an optional owner, then an optional degree. */
const SUPPORT_FILLERS = ["", "its ", "his ", "her ", "their "].flatMap((owner) =>
  ["", "strong ", "full ", "firm ", "continued ", "unwavering ", "steadfast ", "unconditional "].map((degree) => owner + degree),
);
/** What is stated: "support for X", "solidarity with X", "support and solidarity with X". */
const SUPPORT_NOUNS = [
  "support for",
  "support to",
  "backing for",
  "backing to",
  "solidarity with",
  "support and solidarity with",
  "support and solidarity for",
  "solidarity and support for",
];
const SUPPORT_STATED = SUPPORT_VERBS.flatMap((v) => SUPPORT_FILLERS.flatMap((f) => SUPPORT_NOUNS.map((n) => `${v} ${f}${n}`)));
/** "will continue to support X", "vowed to support X": after these, "support" is the verb. */
const SUPPORT_INFINITIVES = [
  "continue to",
  "continues to",
  "continued to",
  "vowed to",
  "vows to",
  "pledged to",
  "pledges to",
  "promised to",
  "promises to",
].map((lead) => `${lead} support`);

/** "expressed grave concern over X", "voiced concerns about X": a verb of stating, an optional degree, concern and its object. */
const CONCERN_STATED = ["expressed", "expresses", "voiced", "voices", "raised"].flatMap((v) =>
  ["", "grave ", "deep ", "serious ", "strong ", "its ", "their ", "his ", "her "].flatMap((d) =>
    ["concern", "concerns"].flatMap((n) => ["over", "about", "at"].map((p) => `${v} ${d}${n} ${p}`)),
  ),
);

const AGREEMENT_VERBS = [
  ...["forged", "forges", "forge", "struck", "strikes", "strike", "concluded", "concludes", "conclude"],
  // "sealed a deal with X", "entered into a defence pact with X".
  ...["sealed", "seals", "seal", "entered into", "enters into", "enter into"],
];
const AGREEMENT_DETERMINERS = [
  "a",
  "an",
  "the",
  "a new",
  "a landmark",
  "a historic",
  "a bilateral",
  "a trade",
  "a security",
  "a defence",
  "a defense",
  // The kind of pact: "a free trade agreement", "a peace accord", "a border treaty".
  ...["free trade", "peace", "border", "ceasefire", "cooperation", "partnership"].map((kind) => `a ${kind}`),
  ...["economic", "energy", "arms", "investment"].map((kind) => `an ${kind}`),
];
const AGREEMENT_NOUNS = ["agreement", "pact", "deal", "treaty", "accord"];
const AGREEMENT_MADE = AGREEMENT_VERBS.flatMap((v) => AGREEMENT_DETERMINERS.flatMap((d) => AGREEMENT_NOUNS.map((n) => `${v} ${d} ${n}`)));
/**
 * "A and B exchanged the documents", "exchanged instruments of ratification": the texts handed over at a signing
 * ceremony; not views, gifts, fire or messages.
 */
const SIGNED_TEXTS_EXCHANGED = ["exchanged", "exchange", "exchanges", "exchanging"].flatMap((v) =>
  ["the", "the signed", ""].flatMap((d) =>
    [
      ...["document", "documents", "agreements", "accords", "memorandums", "memoranda", "instruments of ratification"],
      // "exchanged MoUs in the fields of health and education": the abbreviation of a memorandum of understanding.
      ...["mou", "mous", "memorandum", "agreement", "treaties", "pacts"],
    ].map((n) => `${v} ${d} ${n}`.replace(/\s+/g, " ")),
  ),
);

/** "A and B witnessed the signing of ...", "oversaw the signing of": leaders watching their sides' texts signed. */
const SIGNING_WITNESSED = [
  ...["witnessed", "witness", "witnesses", "witnessing"],
  ...["oversaw", "oversee", "oversees", "overseeing"],
  ...["presided over", "presides over", "preside over", "presiding over"],
].flatMap((v) => [`${v} the signing of`, `${v} the signing ceremony of`, `${v} a signing ceremony for`, `${v} the exchange of`]);
/** What "witnessed the exchange of" must not be followed by to be texts handed over at a signing. */
const EXCHANGED_NOT_TEXTS = ["fire", "prisoners", "gifts", "views", "greetings", "blows", "hostages", "bodies", "captives"];

/** How long a visit or a tour lasts, before its noun: "three-day", "two-week", "week-long". */
const VISIT_LENGTHS = [
  ...["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].flatMap((n) =>
    ["day", "week", "nation", "country"].map((unit) => `${n}-${unit}`),
  ),
  ...["day-long", "week-long", "days-long", "weeklong", "daylong"],
];

/** What a host gives in a guest's honour. */
const HOSTED_FOR = [
  "a banquet",
  "a state banquet",
  "a dinner",
  "a state dinner",
  "a luncheon",
  "a lunch",
  "a reception",
  "a welcome ceremony",
  "a welcoming ceremony",
  "an official welcome",
];

/** "a planned meeting", "a bilateral meeting": after one of these, "meeting" is the noun, whose status words follow it. */
const MEETING_ADJECTIVES = ["planned", "proposed", "scheduled", "upcoming", "possible", "rare", "bilateral", "trilateral", "separate"];

/** "held separate talks", "held further talks": words that say how talks went, between "held" and "talks". */
const TALKS_KINDS = [
  "bilateral",
  "separate",
  "further",
  "official",
  "formal",
  "informal",
  "private",
  "fresh",
  "extensive",
  "lengthy",
  "direct",
  "trilateral",
  "three-way",
];

/** Appearances made side by side: "a joint press conference with X". */
const JOINT_APPEARANCES = ["joint press conference", "joint news conference", "joint press briefing", "joint press appearance"];

/** "Brazil met Japan in the final": a match, not a meeting. */
const CONTESTS = [
  "final",
  "finals",
  "semifinal",
  "semi-final",
  "semifinals",
  "quarterfinal",
  "quarter-final",
  "quarterfinals",
  "group stage",
  "first round",
  "second round",
  "opening match",
  "match",
  "friendly",
].flatMap((c) => [`in the ${c}`, `in a ${c}`]);

/** Nouns that "shipping" qualifies as the trade's name, not a verb: "shipping companies", "a shipping line". */
const SHIPPING_TRADE = [
  "company",
  "companies",
  "firm",
  "firms",
  "line",
  "lines",
  "lane",
  "lanes",
  "route",
  "routes",
  "industry",
  "giant",
  "group",
  "agent",
  "agents",
  "container",
  "containers",
  "costs",
  "rates",
  "magnate",
  "traffic",
];

/** Determiners and owners: after one, "visit" or "meeting" is a noun. */
const OWNERS = ["the", "a", "his", "her", "their", "its", "'s", "’s", "'", "’"];
/** What may stand right before an owned act's noun: a possessive ("Peru's condemnation", "its praise"), no article. */
const ACT_OWNERS = OWNERS.filter((w) => w !== "the" && w !== "a");

/**
 * Goods that make "send", "provide", "deliver" a supply of arms or aid rather than of a message: judged by the
 * head noun's class (any noun of the phrase: "coast guard cutters", "mobile radar systems"), singular or plural.
 */
const GOODS_CLASSES = {
  arms: [
    "weapon",
    "arms",
    "missile",
    "ammunition",
    "munition",
    "shell",
    "artillery",
    "rocket",
    "drone",
    "bomb",
    "howitzer",
    "interceptor",
    "launcher",
    "rifle",
    "mortar",
    "grenade",
    "torpedo",
  ],
  vehicles: [
    "tank",
    "aircraft",
    "jet",
    "fighter jet",
    "helicopter",
    "warship",
    "ship",
    "vessel",
    "boat",
    "patrol boat",
    "cutter",
    "frigate",
    "corvette",
    "submarine",
    "vehicle",
    "armoured vehicle",
    "armored vehicle",
    "truck",
    "ambulance",
  ],
  systems: ["radar", "air defence", "air defense", "satellite", "generator", "system", "equipment", "hardware", "technology", "component"],
  // "will dispatch 500 army personnel to X": staff sent, as troops are.
  forces: ["troop", "soldier", "instructor", "military adviser", "military advisor", "personnel"],
  kit: ["helmet", "vest", "body armour", "body armor", "uniform"],
  // "sent rescue teams to X", "will send 300 doctors to X": people sent to help are aid as much as troops are.
  responders: [
    "rescue team",
    "rescuer",
    "rescue worker",
    "rescue personnel",
    "doctor",
    "nurse",
    "medic",
    "medical team",
    "health worker",
    "aid worker",
    "relief worker",
  ],
  aid: [
    "aid",
    "tent",
    "blanket",
    "military aid",
    "humanitarian aid",
    // "received military support from X": support in kind (CAMEO 072/071), not the stance ("voiced support for X").
    "military support",
    "financial support",
    "financing support",
    "assistance",
    "supplies",
    "medical supplies",
    "material",
    "relief",
    "relief goods",
    "medicine",
    "vaccine",
    "dose",
  ],
  commodities: [
    "oil",
    "crude",
    "fuel",
    "gas",
    "coal",
    "food",
    "grain",
    "wheat",
    "rice",
    "maize",
    "corn",
    "flour",
    "fertilizer",
    "fertiliser",
    "electricity",
  ],
  // "30 tonnes of X", "planeloads of medicine", "a shipment of X": whatever is weighed out or shipped is goods.
  measures: ["tonne", "ton", "metric ton", "planeload", "shipment", "consignment", "cargo"],
  // "delivered health kits to X", "hygiene kits": aid packed for the ones it reaches.
  kits: ["kit", "health kit", "hygiene kit", "food kit", "medical kit", "first aid kit", "food parcel", "ration"],
  // "provided $40 million to X", "a loan to X", "provided X with credits": money given is aid too.
  money: ["loan", "credit", "grant", "funding", "fund", "financing", "financial aid", "financial assistance", "million", "billion"],
} as const;
/** "ship" → "ships", "ammunition" → "ammunitions" too: the class is judged on the head, whatever its number. */
const plural = (noun: string) => (/(s|sh|ch|x)$/.test(noun) ? `${noun}es` : `${noun}s`);
const goodsOf = (classes: readonly (readonly string[])[]) =>
  new PhraseSet(classes.flatMap((nouns) => nouns.flatMap((n) => [n, plural(n)])));
const GOODS = goodsOf(Object.values(GOODS_CLASSES));
/** What a purchase or an import from X makes X's supply: not commodities, which are trade. */
const PURCHASED_GOODS = goodsOf(Object.entries(GOODS_CLASSES).flatMap(([k, nouns]) => (k === "commodities" ? [] : [nouns])));

/** "froze the assets of X", "has frozen assets of X", "imposed an asset freeze on X". */
const ASSETS_FROZEN = [
  ...["froze", "freezes", "freeze", "freezing", "frozen"].flatMap((v) => [
    `${v} the assets of`,
    `${v} assets of`,
    `${v} all assets of`,
    // "froze any assets held by X", "froze all assets held by X".
    ...["the", "any", "all"].map((d) => `${v} ${d} assets held by`),
  ]),
  ...["imposed", "imposes", "impose"].flatMap((v) => [`${v} an asset freeze on`, `${v} asset freezes on`]),
];
/** "took countermeasures against X", "will adopt retaliatory measures against X": measures taken or laid against someone. */
const COUNTERMEASURES_TAKEN = ["took", "take", "takes", "taking", "adopted", "adopt", "adopts", "imposed", "impose", "imposes"].flatMap(
  (v) =>
    ["countermeasures", "counter-measures", "retaliatory measures", "punitive measures"].flatMap((n) => [
      `${v} ${n} against`,
      `${v} ${n} on`,
    ]),
);
/** Cut-offs a state lays on another, with their kind: "an arms embargo", "a trade embargo", "a naval blockade". */
const EMBARGOES = ["", "arms ", "trade ", "oil ", "economic ", "naval ", "total "].flatMap((kind) =>
  ["embargo", "blockade"].map((noun) => `${/^[aeiou]/.test(kind || noun) ? "an" : "a"} ${kind}${noun}`),
);
/** "imposed new curbs on X", "will impose entry bans on X": a verb of imposing, an optional degree, restrictions and "on". */
const RESTRICTIONS_IMPOSED = ["imposed", "imposes", "impose", "imposing", "slapped", "slaps"].flatMap((v) =>
  ["", "new ", "fresh ", "further ", "additional ", "sweeping ", "tough ", "tougher "].flatMap((d) =>
    [
      "curbs",
      "restrictions",
      "entry bans",
      "travel bans",
      "visa bans",
      "visa restrictions",
      "export controls",
      "export curbs",
      "an entry ban",
      "a travel ban",
      ...EMBARGOES,
    ]
      .filter((n) => !d || !n.startsWith("a"))
      .map((n) => `${v} ${d}${n} on`),
  ),
);

/** Measures that sanction whom they are laid on ("imposed a travel ban on X"), as "sanctions" do. */
const SANCTION_MEASURES = [
  ...["a travel ban", "travel bans", "a visa ban", "visa bans", "an asset freeze", "asset freezes", "an arms embargo", "a trade embargo"],
  ...[
    "an asset freeze and travel ban",
    "an asset freeze and a travel ban",
    "a travel ban and asset freeze",
    "a travel ban and an asset freeze",
  ],
];

/** The lists that sanction whoever is put on them. */
const BLACKLISTS = new PhraseSet(
  // "added X to a trade blacklist", and in headlines without an article: "adds X to sanctions list".
  ["to", "on"].flatMap((p) =>
    ["its ", "the ", "a ", "their ", ""].flatMap((d) =>
      [
        "sanctions list",
        "sanction list",
        "blacklist",
        "entity list",
        "list of sanctioned",
        "sanctions blacklist",
        "trade blacklist",
        "export blacklist",
      ].map((l) => `${p} ${d}${l}`),
    ),
  ),
);

/** What "subjected X to ..." must be followed by to be a sanction: "subjected X to sanctions", "to a trade embargo". */
const SUBJECTED_TO = new PhraseSet([
  ...["", "new ", "fresh ", "further ", "tough ", "sweeping "].map((d) => `to ${d}sanctions`),
  ...EMBARGOES.map((e) => `to ${e}`),
  ...["to an asset freeze", "to a travel ban"],
]);

/** What "hit X with ..." must be followed by to be a sanction. */
const SANCTIONS_WITH = new PhraseSet(
  ["", "new ", "fresh ", "further ", "more ", "additional ", "sweeping ", "tough "].flatMap((d) => [`with ${d}sanctions`]),
);

/**
 * Labels that judge whom they name: "called X a liar", "branded X a rogue state", "described X as reckless". A small
 * list of plainly negative words: calling someone a partner, a friend or a leader judges no one.
 */
const PEJORATIVE_NOUNS = [
  ...["liar", "dictator", "tyrant", "despot", "fascist", "thug", "criminal", "war criminal", "murderer", "killer", "butcher"],
  ...["terrorist", "traitor", "puppet", "clown", "idiot", "fool", "coward", "bully", "hypocrite", "racist", "gangster", "crook"],
  ...["warmonger", "psychopath", "madman", "lunatic", "bastard", "moron", "aggressor", "occupier", "invader", "bandit", "pirate"],
  ...["rogue state", "terrorist state", "pariah", "pariah state", "failed state", "menace", "threat", "disgrace", "enemy"],
  // Insults: "called X a son of a bitch", "branded X a buffoon".
  ...["son of a bitch", "scoundrel", "scum", "buffoon", "imbecile", "devil", "monster", "snake", "fraud", "charlatan"],
  ...["nazi", "neo-nazi", "barbarian", "savage", "loser"],
];
const PEJORATIVE_ADJECTIVES = [
  ...["reckless", "irresponsible", "provocative", "dangerous", "hostile", "aggressive", "barbaric", "cowardly", "hypocritical"],
  ...["evil", "corrupt", "incompetent", "untrustworthy", "unreliable", "shameful", "disgraceful", "despicable", "criminal"],
];
/**
 * Judgements laid on whom a label names or on their act: "called X's move a violation", "described X's decision as a
 * betrayal" judge the act's owner; the words that judge people judge acts too ("called X's actions reckless").
 */
const PEJORATIVE = new PhraseSet([
  ...PEJORATIVE_NOUNS.flatMap((n) => [n, plural(n)]),
  ...PEJORATIVE_ADJECTIVES,
  ...["violation", "breach", "provocation", "betrayal", "stab in the back", "insult", "affront", "outrage", "mistake"],
  ...["blunder", "interference", "meddling", "blackmail", "aggression", "escalation", "farce", "sham", "crime"],
  ...["unacceptable", "illegal", "unlawful", "illegitimate", "regrettable", "deplorable", "groundless", "baseless"],
  ...["outrageous", "appalling", "unjustified", "unjustifiable", "unfriendly", "destabilizing", "destabilising"],
  // Grave wrongs and bad outcomes a judgement names: "called the raid a massacre", "said the blockade was a grave problem".
  ...["problem", "murder", "atrocity", "atrocities", "massacre", "genocide", "ethnic cleansing", "crimes", "war crimes"],
  ...["disaster", "catastrophe", "travesty", "scandal", "shame", "hypocrisy", "bullying", "coercion", "intimidation"],
  ...["heinous", "abhorrent", "reprehensible", "unconscionable", "intolerable", "indefensible", "unwarranted", "unfounded"],
  ...["absurd", "ridiculous", "brutal", "inhumane", "cruel", "belligerent", "unprovoked", "coercive", "malicious"],
]);
/**
 * Labels that praise whom they name: 'called X "a trusted partner"', "described X as a wise and courageous leader".
 * Words of plain praise only; a bare "partner", "friend" or "leader" praises no one. Insults are read first.
 */
const LAUDATORY = new PhraseSet([
  ...["reliable", "trusted", "trustworthy", "valued", "valuable", "vital", "true", "great", "good", "best", "dear", "loyal"],
  ...["wise", "courageous", "brave", "balanced", "professional", "remarkable", "outstanding", "exceptional", "excellent"],
  ...["visionary", "honest", "decent", "staunch", "steadfast", "indispensable", "faithful", "sincere", "admirable"],
  ...["hero", "heroes", "champion", "statesman", "role model", "inspiration", "beacon", "success story", "shining example"],
]);
/** What may open the act right after its owner's name: the possessive ("called X's decision a betrayal"). */
const ACT_OWNED = ["'s", "’s"];
/** What opens the label right after whom it names: an article, "as", a quotation mark, a degree or the bare label. */
const LABEL_OPENERS = [
  ...["a", "an", "the", "as", '"', "“", "'", "‘", "nothing", "more", "little", "simply", "merely", "just"],
  ...["very", "deeply", "utterly", "totally", "completely", "increasingly", "dangerously", "highly", "extremely"],
  ...PEJORATIVE_ADJECTIVES,
  ...PEJORATIVE_NOUNS.filter((n) => !n.includes(" ")).map(plural),
];
/** The verbs that lay a label on whom they name next. */
const LABELLING = [
  ...["called", "calls", "calling", "branded", "brands", "branding", "dubbed", "dubs", "dubbing", "labelled", "labeled"],
  ...["labels", "labelling", "labeling", "described", "describes", "describing", "termed", "terms"],
];

/** Acts done to whom the preposition names: "condemned the arrest of X", "the attack on X" judges whoever did it. */
const ACTS_DONE_TO = [
  ...[
    ...["arrest", "arrests", "detention", "jailing", "imprisonment", "sentencing", "conviction", "prosecution", "trial"],
    ...["killing", "killings", "murder", "assassination", "execution", "executions", "kidnapping", "abduction", "torture"],
    ...["poisoning", "expulsion", "deportation", "extradition", "ouster", "overthrow", "removal", "persecution", "harassment"],
    ...["treatment", "invasion", "annexation", "occupation", "bombing", "shelling", "blockade", "isolation", "mistreatment"],
    ...["release", "rescue", "evacuation"],
  ].map((noun) => `${noun} of`),
  ...["attack", "attacks", "strike", "strikes", "air strikes", "airstrikes", "assault", "raid", "raids", "aggression", "war"]
    .concat(["sanctions", "embargo", "blockade", "crackdown", "campaign", "pressure", "threats"])
    .flatMap((noun) => [`${noun} on`, `${noun} against`]),
];
/** Acts a country's rulers do at home: "condemned the coup in X", "the crackdown in X". */
const ACTS_OF_RULERS = [
  ...["coup", "military coup", "coup attempt", "attempted coup", "takeover", "military takeover", "power grab", "crackdown"],
  ...["seizure of power", "repression", "executions", "purge", "purges", "martial law", "state of emergency", "internet shutdown"],
].map((noun) => `${noun} in`);

/** Nouns that take up the act an article reports after "the": "condemned the move", "criticised the decision". */
const STORY_ACTS = [
  ...["move", "moves", "decision", "decisions", "step", "steps", "measure", "measures", "initiative", "action", "actions"],
  ...["ban", "bans", "drills", "exercises", "tests", "launch", "launches", "incident", "executions", "expulsion", "expulsions"],
  ...["restrictions", "raid", "raids", "arrests", "seizure", "crackdown", "annexation", "deployment", "incursion", "blockade"],
];

/** What "is in X ..." must be followed by to be a visit: "for" a purpose, or "on" a visit named. */
const PRESENT_FOR = new PhraseSet(["for", "visit", "trip", "tour", "mission"]);

/** What "barred X ..." must be followed by to be a ban laid on X. */
const ENTRY_BARRED = new PhraseSet(
  ["entering", "entry", "travelling to", "traveling to", "visiting", "setting foot in"].map((w) => `from ${w}`),
);
/** What "suspended X ..." must be followed by to shut X out of a body: "X's membership", "X from" the body. */
const MEMBERSHIP_SUSPENDED = new PhraseSet(["membership", "from"]);

const CUES: Cue[] = [
  // Received acts first: "drew praise from X" is the noun, "leaders praise X" the verb below (onlyAfter decides).
  ...RECEIVED_ACTS.map(([w, type]) => cue(w, type, "noun", 2, { onlyReceived: true, onlyAfter: BEFORE_RECEIVED })),
  // MET
  // "was met with criticism": a reception, not a meeting.
  ...forms(["met", "meet", "meets", "meeting"], (w) =>
    cue(w, "MET", "verb", 8, {
      notAfter: [...OWNERS, ...MEETING_ADJECTIVES],
      notBefore: ["expectations", "demands", "needs", "resistance", "criticism", "opposition", "skepticism", "scepticism", "protests"],
      notBeforePhrases: REACTIONS.map((r) => ["with", r]),
    }),
  ),
  ...forms(["held talks", "hold talks", "holds talks", "holding talks"], (w) => cue(w, "MET", "verb", 8, { via: WITH, cameo: "046" })),
  // "A and B held a summit", "A held a bilateral meeting with B", "A held separate talks with B".
  ...["held", "hold", "holds", "holding"].flatMap((v) =>
    [
      ...["a summit", "a meeting", "a bilateral meeting", "a summit meeting", "summit talks", ...TALKS_KINDS.map((k) => `${k} talks`)],
      // "A, B and C held a trilateral summit", "held a three-way meeting": a meeting of several, named by its size.
      ...["trilateral", "three-way", "quadrilateral", "four-way", "joint"].flatMap((k) =>
        ["summit", "meeting", "summit meeting"].map((n) => `a ${k} ${n}`),
      ),
      // "A and B held a joint news conference": standing side by side before the press.
      ...JOINT_APPEARANCES.map((n) => `a ${n}`),
    ].map((n) => cue(`${v} ${n}`, "MET", "verb", 8, { via: WITH, cameo: "046" })),
  ),
  ...forms(["talks", "meeting", "meetings", "summit", "negotiations", "discussions"], (w) => cue(w, "MET", "noun", 8, { via: WITH })),
  // "told a joint news briefing with X": a joint appearance is made in person.
  ...JOINT_APPEARANCES.map((w) => cue(w, "MET", "noun", 6, { via: WITH, inPerson: true })),
  ...forms(["discussed", "discuss", "discusses"], (w) => cue(w, "MET", "verb", 8, { via: WITH })),
  cue("courtesy call", "MET", "noun", 4, { via: ["on"], cameo: "043" }),
  // "called on X at his office": a visit paid in person; "called on X to ..." is a demand (no place follows).
  ...forms(["called on", "calls on", "call on", "calling on"], (w) =>
    cue(w, "MET", "verb", 3, { cameo: "043", inPerson: true, adjacent: true, followedBy: ["at", "in", "during"] }),
  ),
  // "joined X and Y at a summit / for talks": meeting them there; not "joined NATO", "joined the talks".
  // "sat down with X": a meeting in person.
  ...forms(["sat down with", "sits down with", "sit down with", "sitting down with"], (w) =>
    cue(w, "MET", "verb", 3, { inPerson: true, adjacent: true }),
  ),
  ...forms(["joined", "joins", "join", "joining"], (w) => cue(w, "MET", "verb", 6, { inPerson: true, followedBy: ["at", "for"] })),
  ...forms(["hosted", "hosts", "host", "hosting"], (w) => cue(w, "MET", "verb", 2, { cameo: "043", inPerson: true, adjacent: true })),
  // "hosted a state banquet for X": the host and the guest meet.
  ...["hosted", "hosts", "host", "hosting", "held", "holds", "hold", "gave", "gives", "threw"].flatMap((v) =>
    HOSTED_FOR.map((n) => cue(`${v} ${n} for`, "MET", "verb", 3, { cameo: "043", inPerson: true, adjacent: true })),
  ),
  // "received tanks from X", "took delivery of jets from X": X supplied the doer (only with goods before "from").
  // "bought jets from X": a sale told by the buyer is X's supply.
  // Not commodities: "imports coal from X" is trade.
  ...forms(["bought", "buys", "buy", "buying", "purchased", "purchases", "purchase", "imported", "imports", "import", "acquired"], (w) =>
    cue(w, "SUPPLIED", "verb", 10, { sourceVia: ["from"], goods: PURCHASED_GOODS }),
  ),
  ...forms(["received", "receives", "receive", "receiving", "took delivery of", "takes delivery of", "take delivery of"], (w) =>
    cue(w, "SUPPLIED", "verb", 10, { sourceVia: ["from"] }),
  ),
  ...forms(["received", "receives", "receive"], (w) => cue(w, "MET", "verb", 3, { cameo: "043", inPerson: true, adjacent: true })),
  ...forms(["welcomed", "welcomes", "welcome", "greeted", "greets"], (w) =>
    cue(w, "MET", "verb", 3, { cameo: "043", inPerson: true, adjacent: true }),
  ),
  // VISITED
  // "X is in Paris for talks": present somewhere for a purpose (not "X is in Paris", which may be home).
  // "X, who is in Chile on a state visit": only with the visit named within a few words after "on".
  ...["is in", "are in", "was in", "were in"].map((w) =>
    cue(w, "VISITED", "verb", 2, { adjacent: true, closeSubject: true, inPerson: true, followedBy: ["for", "on"], onlyThen: PRESENT_FOR }),
  ),
  // After a determiner or an owner, "visit" is the noun below.
  ...forms(["visited", "visit", "visits", "visiting"], (w) =>
    cue(w, "VISITED", "verb", 5, {
      notAfterNumber: true,
      notAfter: [
        ...OWNERS,
        "state",
        "official",
        "first",
        "planned",
        "proposed",
        "upcoming",
        "possible",
        "recent",
        "surprise",
        "historic",
        "landmark",
        "rare",
        "working",
        "maiden",
        "scheduled",
        "reciprocal",
        // "Boric's three-day visit to Peru", "a week-long visit": a visit measured by its length is the noun.
        ...VISIT_LENGTHS,
      ],
    }),
  ),
  ...forms(["visit", "trip"], (w) => cue(w, "VISITED", "noun", 6, { via: INTO })),
  // "a tour of Chile, Peru and Bolivia": a tour names the places it goes through after "of" too.
  ...forms(["tour"], (w) => cue(w, "VISITED", "noun", 6, { via: [...INTO, "of"] })),
  // "touched down in X", "flew into X": an arrival told by the flight, the place right after.
  ...forms(
    [
      ...["arrived in", "arrives in", "arrive in", "arriving in", "landed in", "lands in", "landed at"],
      ...["touched down in", "touches down in", "touching down in", "touched down at"],
      ...["flew into", "flies into", "flying into", "flown into"],
    ],
    (w) => cue(w, "VISITED", "verb", 2, { adjacent: true }),
  ),
  // "arrived here" (the dateline's place), else only a place right after: not "arrived on Monday".
  ...forms(["arrived", "arrives", "arriving", "landed"], (w) => cue(w, "VISITED", "verb", 1, { adjacent: true })),
  ...forms(
    [
      "travelled to",
      "traveled to",
      "travel to",
      "travels to",
      "travelling to",
      "traveling to",
      "flew to",
      "fly to",
      "flies to",
      "flying to",
      "went to",
      "headed to",
      "heading to",
      // "will travel on to X": the next leg of a journey.
      "travel on to",
      "travelled on to",
      "traveled on to",
      "travels on to",
      "fly on to",
      "flew on to",
      "flies on to",
    ],
    (w) => cue(w, "VISITED", "verb", 2, { adjacent: true }),
  ),
  // "will continue to X", "went on to X", "moved on to X": a person's next leg, only with a place right after.
  ...forms(
    [
      ...["continue to", "continues to", "continued to", "go on to", "goes on to", "went on to"],
      ...["move on to", "moves on to", "moved on to", "moving on to", "proceed to", "proceeds to", "proceeded to"],
    ],
    (w) => cue(w, "VISITED", "verb", 2, { adjacent: true, inPerson: true }),
  ),
  // "left for Rome", "en route to Warsaw", "set off for Oslo", "heads to Lima": a journey's end is the place visited,
  // not yet reached when the journey is told (planned).
  ...forms(
    ["left for", "leaves for", "departed for", "departs for", "set off for", "sets off for", "en route to", "bound for", "heads to"],
    (w) => cue(w, "VISITED", "verb", 2, { adjacent: true, planned: true }),
  ),
  // "left Nairobi for Rome": the place left first, the journey's end after "for" (planned, as above).
  // Not "left it / the decision for X to make": a thing left to someone.
  ...forms(["left", "leaves", "departed", "departs"], (w) =>
    cue(w, "VISITED", "verb", 4, { via: ["for"], inPerson: true, planned: true, notBefore: ["it", "this", "that", "them", "the"] }),
  ),
  // "is due in Oslo", "is expected in Cairo on Tuesday": a guest awaited somewhere is planned there.
  ...["is", "are", "was", "were"].flatMap((aux) =>
    ["due in", "expected in"].map((w) =>
      cue(`${aux} ${w}`, "VISITED", "verb", 2, { adjacent: true, closeSubject: true, inPerson: true, planned: true }),
    ),
  ),
  // "toured Mexico", "toured a factory in Osaka", "inspected a farm in X": a tour or an inspection is made in person.
  ...forms(["toured", "tours", "touring", "inspected", "inspects", "inspecting"], (w) => cue(w, "VISITED", "verb", 6, { inPerson: true })),
  // "during a stop in Lisbon", "a stopover in Doha": a halt on a journey is a visit there.
  ...forms(["stop", "stopover"], (w) => cue(w, "VISITED", "noun", 2, { via: ["in", "at"], inPerson: true })),
  // "on the sidelines of a summit in Jakarta": whoever is on a gathering's sidelines is where it is held.
  cue("sidelines of", "VISITED", "noun", 8, { via: ["in"], inPerson: true }),
  // "attended a summit in X": whoever attends in person is there.
  ...forms(["attended", "attends", "attend", "attending"], (w) =>
    cue(w, "VISITED", "verb", 8, { via: ["in"], inPerson: true, notBefore: ["virtually", "online", "remotely"] }),
  ),
  // INVITED
  // Not bids, questions or comments invited from someone.
  ...forms(["invited", "invites", "invite"], (w) =>
    cue(w, "INVITED", "verb", 3, {
      notBefore: [
        "bids",
        "applications",
        "questions",
        "comments",
        "proposals",
        "tenders",
        "criticism",
        "offers",
        "investment",
        "investors",
      ],
    }),
  ),
  // "extended an invitation to X (to visit Y)", "renewed her invitation to X": the invitation handed to its guest.
  ...[
    ...["extended", "extends", "extend", "extending", "issued", "issues", "issue", "renewed", "renews", "renew"],
    ...["conveyed", "conveys", "convey", "delivered", "delivers"],
  ].flatMap((v) =>
    ["an", "a formal", "an official", "a fresh", "his", "her", "its", "their"].map((d) =>
      cue(`${v} ${d} invitation to`, "INVITED", "verb", 3),
    ),
  ),
  // THANKED
  ...forms(["thanked", "thanks", "thank", "thanking"], (w) => cue(w, "THANKED", "verb", 6)),
  // "expressed its thanks to X", "conveyed gratitude to X".
  ...["expressed", "expresses", "conveyed", "conveys"].flatMap((v) =>
    ["", "his ", "her ", "its ", "their ", "deep ", "sincere "].flatMap((d) =>
      ["gratitude to", "thanks to", "appreciation to"].map((n) => cue(`${v} ${d}${n}`, "THANKED", "verb", 4)),
    ),
  ),
  // "Russia was grateful to X", "we owe a debt of gratitude to X": gratitude stated of someone.
  ...["grateful to", "debt of gratitude to"].map((w) => cue(w, "THANKED", "verb", 4)),
  // SUPPORTED
  // Not "back" and "support": mostly an adverb and a noun.
  ...forms(["backed", "backs", "supported", "supports"], (w) =>
    cue(w, "SUPPORTED", "verb", 3, { notBefore: ["off", "down", "up", "away", "to", "of", "for", "from"] }),
  ),
  // "would keep backing X"; not "its backing for X" (the noun above), "backing off".
  cue("backing", "SUPPORTED", "verb", 3, { notAfter: OWNERS, notBefore: ["for", "of", "from", "to", "off", "down", "away"] }),
  // "accused X of supporting Y"; not "a supporting role", "supporting documents".
  cue("supporting", "SUPPORTED", "verb", 3, { notBefore: ["role", "roles", "documents", "evidence", "cast", "actor", "actress", "act"] }),
  ...forms(["stood with", "stand with", "stands with", "expressed solidarity with"], (w) => cue(w, "SUPPORTED", "verb", 4)),
  // "stands by Ukraine", "stood in solidarity with X": taking someone's side.
  ...forms(
    ["stood by", "stand by", "stands by", "stood in solidarity with", "stand in solidarity with", "stands in solidarity with"],
    (w) => cue(w, "SUPPORTED", "verb", 4),
  ),
  // "pledged (its) support for X": a verb of stating, an optional owner or degree, then "support for".
  ...SUPPORT_STATED.map((w) => cue(w, "SUPPORTED", "verb", 4)),
  // "pledged France's 'unwavering support' for Ukraine", "Washington's strong support for Kyiv": the noun, its owner the doer.
  cue("support", "SUPPORTED", "noun", 3, { via: ["for"], owned: true }),
  cue("backing", "SUPPORTED", "noun", 3, { via: ["for"], owned: true }),
  cue("solidarity", "SUPPORTED", "noun", 3, { via: ["with"], owned: true }),
  // "Peru's condemnation of Chile", "Japan's praise for Kenya": an owned act, the owner its doer (after the received nouns above).
  // Only right after an owner: "will praise X" is the verb below.
  ...["condemnation", "criticism", "rebuke"].map((w) =>
    cue(w, "CRITICIZED", "noun", 3, { via: ["of"], owned: true, onlyAfter: ACT_OWNERS }),
  ),
  cue("praise", "PRAISED", "noun", 3, { via: ["for", "of"], owned: true, onlyAfter: ACT_OWNERS }),
  ...SUPPORT_INFINITIVES.map((w) => cue(w, "SUPPORTED", "verb", 3, { notBefore: ["for", "of"] })),
  // "visited X in a show of solidarity with Y", "a show of support for Y": the clause's doer stands with Y.
  ...["support for", "solidarity with", "support and solidarity with"].map((n) => cue(`show of ${n}`, "SUPPORTED", "verb", 4)),
  // "threw its support / its weight behind X".
  ...["threw", "throws", "throw"].flatMap((v) =>
    ["its", "his", "her", "their"].flatMap((o) => ["support", "weight"].map((n) => cue(`${v} ${o} ${n} behind`, "SUPPORTED", "verb", 4))),
  ),
  // "sided with X", "endorsed X's bid": taking someone's side.
  ...forms(["sided with", "sides with", "siding with", "endorsed", "endorses", "endorsing"], (w) => cue(w, "SUPPORTED", "verb", 3)),
  // "held a rally in support of X": done for X.
  cue("in support of", "SUPPORTED", "verb", 2, { adjacent: true }),
  // PRAISED
  ...forms(
    [
      "praised",
      "praises",
      "praise",
      "praising",
      "hailed",
      "hails",
      "hailing",
      "commended",
      "commends",
      "commend",
      "commending",
      "lauded",
      "lauds",
      "laud",
      "lauding",
    ],
    // "drew praise from X": praise received is X's, not the subject's (the noun after a verb of receiving).
    (w) => cue(w, "PRAISED", "verb", 10, w === "praise" ? { notAfter: PRAISE_RECEIVED } : {}),
  ),
  // "applauded X for", "paid tribute to X", "congratulated X on": acclaim stated is praise.
  ...forms(
    [
      "applauded",
      "applauds",
      "applaud",
      "applauding",
      "paid tribute to",
      "pays tribute to",
      "paying tribute to",
      "congratulated",
      "congratulates",
      "congratulate",
      "congratulating",
    ],
    (w) => cue(w, "PRAISED", "verb", 10),
  ),
  // "highly appreciated X", "spoke highly of X": esteem stated is praise.
  ...forms(["highly appreciated", "highly appreciates", "highly appreciate", "spoke highly of", "speaks highly of"], (w) =>
    cue(w, "PRAISED", "verb", 10),
  ),
  // "appreciated X's role", "highly valued X's achievements": esteem for what X owns is praise of X (not "the peso
  // appreciated": only with an owner's name right after; "valued" alone may be a price).
  ...forms(["appreciated", "appreciates", "appreciate", "appreciating", "highly valued", "highly values", "highly value"], (w) =>
    cue(w, "PRAISED", "verb", 2, { adjacent: true, followedBy: ACT_OWNED }),
  ),
  // CRITICIZED
  ...forms(
    [
      "criticized",
      "criticised",
      "criticizes",
      "criticises",
      "condemned",
      "condemns",
      "slammed",
      "slams",
      "denounced",
      "denounces",
      "criticizing",
      "criticising",
      "condemning",
      "slamming",
      "denouncing",
      "opposed",
      "oppose",
      "opposes",
    ],
    (w) => cue(w, "CRITICIZED", "verb", 10),
  ),
  // Rebukes: not a rocket that "blasted off".
  ...forms(["rebuked", "rebukes", "chided", "chides", "castigated", "berated", "lambasted", "lambasts", "blasted", "blasts"], (w) =>
    cue(w, "CRITICIZED", "verb", 10, { notBefore: ["off", "away", "through", "into", "out"] }),
  ),
  ...forms(["lashed out at", "lashes out at", "hit out at", "hits out at", "took aim at", "takes aim at"], (w) =>
    cue(w, "CRITICIZED", "verb", 6),
  ),
  ...CONCERN_STATED.map((w) => cue(w, "CRITICIZED", "verb", 8)),
  // "called X a liar", "branded X a pariah state", "described X as reckless": only with a negative label after X.
  // "called X's move a violation", "described X's decision as a betrayal": a negative judgement of X's act.
  ...forms(LABELLING, (w) =>
    cue(w, "CRITICIZED", "verb", 2, {
      adjacent: true,
      followedBy: [...LABEL_OPENERS, ...ACT_OWNED],
      onlyThen: PEJORATIVE,
      otherwise: { type: "PRAISED", onlyThen: LAUDATORY },
    }),
  ),
  // "protested X's decision", "in protest at X's move", "to protest against X's ban": a protest at an act X owns.
  ...forms(
    ["protested", "protests", "protesting", "protest", "in protest at", "in protest over"].flatMap((w) => [w, `${w} against`]),
    (w) => cue(w, "CRITICIZED", "verb", 6, { adjacent: true, followedBy: ACT_OWNED }),
  ),
  // "lodged a protest with X": a protest made to someone is criticism of them.
  ...["lodged", "lodges", "lodge", "filed", "files"].flatMap((v) =>
    ["a protest", "a formal protest", "a strong protest", "protests"].map((n) => cue(`${v} ${n} with`, "CRITICIZED", "verb", 4)),
  ),
  // ACCUSED (their complement is alleged)
  ...forms(["accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming"], (w) => cue(w, "ACCUSED", "verb", 4)),
  // SUPPLIED
  ...forms(
    [
      "sent",
      "sends",
      "send",
      "sending",
      "supplied",
      "supplies",
      "supply",
      "supplying",
      "delivered",
      "delivers",
      "deliver",
      "delivering",
      "provided",
      "provides",
      "provide",
      "providing",
      "shipped",
      "transferred",
      "transferring",
      "transfer",
      "sold",
      "selling",
      "sell",
      "exported",
      "exporting",
      // "donated maize to X", "handed over patrol vessels to X", "airlifted supplies to X", "dispatched aid to X".
      "donated",
      "donates",
      "donate",
      "donating",
      "handed over",
      "hands over",
      "hand over",
      "handing over",
      "airlifted",
      "airlifts",
      "airlift",
      "gifted",
      // "flew weapons to X", "gave $5 million to X": only with goods named (a flight or a speech is none).
      "flew",
      "flies",
      "flying",
      "flown",
      "gave",
      "gives",
      "give",
      "giving",
      "dispatched",
      "dispatches",
      "dispatch",
      // "extended a $2 billion credit line to X": only with goods named (not an invitation or condolences).
      "extended",
      "extends",
      "extend",
      "extending",
    ],
    (w) => cue(w, "SUPPLIED", "verb", 14),
  ),
  // "pledged $20 million in aid to X": goods promised, not yet given ("pledged to send" is the plan of "send").
  ...forms(["pledged", "pledges", "pledge", "pledging"], (w) => cue(w, "SUPPLIED", "verb", 14, { planned: true, notBefore: ["to"] })),
  // "shipping weapons to X", not "shipping companies", "a shipping line": the trade's noun modifier.
  cue("shipping", "SUPPLIED", "verb", 14, { notBefore: SHIPPING_TRADE }),
  // SIGNED
  // "initialled a peace agreement": the text agreed before its formal signing is signed by who initials it.
  ...forms(["signed", "signs", "sign", "signing", "inked", "initialled", "initialed", "initialling", "initialing"], (w) =>
    cue(w, "SIGNED", "verb", 16, { notBefore: ["of", "that"] }),
  ),
  // "forged a pact", "struck a new deal with": an agreement made is an agreement signed.
  ...AGREEMENT_MADE.map((w) => cue(w, "SIGNED", "verb", 12)),
  ...SIGNED_TEXTS_EXCHANGED.map((w) => cue(w, "SIGNED", "verb", 8)),
  // "The two leaders witnessed the signing of 12 agreements": the leaders' countries sign with each other.
  ...SIGNING_WITNESSED.map((w) => cue(w, "SIGNED", "verb", 8, { bySides: true, notBefore: EXCHANGED_NOT_TEXTS })),
  // SANCTIONED
  ...forms(["imposed sanctions on", "imposes sanctions on", "impose sanctions on", "slapped sanctions on"], (w) =>
    cue(w, "SANCTIONED", "verb", 10),
  ),
  // "imposed a travel ban on X", "slapped an asset freeze and travel ban on X": a named measure laid on X.
  ...forms(
    ["imposed", "imposes", "impose", "imposing", "slapped", "slaps", "slap"].flatMap((v) =>
      SANCTION_MEASURES.flatMap((m) => ["on", "against"].map((p) => `${v} ${m} ${p}`)),
    ),
    (w) => cue(w, "SANCTIONED", "verb", 10),
  ),
  // "Sanctions were imposed on X (by Y)": the passive is in the cue, its agent after the object.
  ...["were", "are", "have been", "had been", "has been", "was"].flatMap((aux) =>
    ["imposed", "slapped", "placed", "levied"].map((verb) =>
      cue(`sanctions ${aux} ${verb} on`, "SANCTIONED", "verb", 12, { agentAfter: true }),
    ),
  ),
  // Not sanctions lifted, eased, called for, weighed or threatened.
  // "restrictive measures on X": the sanctions of a bloc's communiqués.
  ...forms(["sanctions on", "sanctions against", "restrictive measures on", "restrictive measures against"], (w) =>
    cue(w, "SANCTIONED", "verb", 12, {
      notAfter: [
        "lift",
        "lifts",
        "lifted",
        "lifting",
        "ease",
        "eases",
        "eased",
        "easing",
        "remove",
        "removed",
        "removing",
        "for",
        "of",
        "no",
        "consider",
        "considers",
        "considering",
        "threaten",
        "threatens",
        "threatened",
        "threatening",
        "possible",
        "potential",
      ],
    }),
  ),
  // "froze the assets of X", "imposed asset freezes on X", "new sanctions targeting X": other shapes of the same act.
  ...forms(ASSETS_FROZEN, (w) => cue(w, "SANCTIONED", "verb", 10)),
  // "will take countermeasures against X", "imposed retaliatory measures on X": a state's measures against a named target.
  ...forms(COUNTERMEASURES_TAKEN, (w) => cue(w, "SANCTIONED", "verb", 10)),
  // "imposed new curbs on X", "slapped travel bans on X": restrictions laid on someone are sanctions too.
  ...forms(RESTRICTIONS_IMPOSED, (w) => cue(w, "SANCTIONED", "verb", 10)),
  ...forms(["sanctions targeting", "sanctions aimed at", "sanctions that target"], (w) =>
    cue(w, "SANCTIONED", "verb", 12, { notAfter: ["lift", "lifted", "ease", "eased", "for", "of", "no", "threatened", "possible"] }),
  ),
  // "hit X with new sanctions", "targeted X with sanctions": only with the sanctions after the object.
  ...forms(["hit", "hits", "targeted", "targets", "slapped", "slaps"], (w) =>
    cue(w, "SANCTIONED", "verb", 6, { onlyThen: SANCTIONS_WITH, followedBy: ["with"] }),
  ),
  // "subjected X to sanctions", "has subjected X to a trade embargo": only with the measure after the object.
  ...forms(["subjected", "subjects", "subjecting"], (w) => cue(w, "SANCTIONED", "verb", 6, { onlyThen: SUBJECTED_TO, followedBy: ["to"] })),
  // "added X to its sanctions list", "put X on a blacklist": only with the list after the object.
  ...forms(["added", "adds", "add", "adding", "put", "puts", "placed", "places"], (w) =>
    cue(w, "SANCTIONED", "verb", 6, { onlyThen: BLACKLISTS, followedBy: ["to", "on"] }),
  ),
  // "sanctions imposed by A and B on X": the agents right after the cue, whom they hit after "on".
  // "restrictive measures imposed in March on X": the bloc's own word for its sanctions.
  ...["sanctions imposed", "sanctions slapped", "sanctions announced", "restrictions imposed", "restrictive measures imposed"].map((w) =>
    cue(w, "SANCTIONED", "verb", 20, { via: ["on", "against"], agentAfter: true }),
  ),
  // "barred X from entering the country", "banned X from travelling to ...": an entry or travel ban laid on X.
  ...forms(["barred", "bars", "bar", "barring", "banned", "bans", "ban", "banning"], (w) =>
    cue(w, "SANCTIONED", "verb", 6, { followedBy: ["from"], onlyThen: ENTRY_BARRED }),
  ),
  // "suspended X's membership", "suspended X from the bloc": a body shutting a member out.
  ...forms(["suspended", "suspends", "suspend", "suspending"], (w) =>
    cue(w, "SANCTIONED", "verb", 2, { adjacent: true, followedBy: ["'s", "’s", "from"], onlyThen: MEMBERSHIP_SUSPENDED }),
  ),
  // Not a bare "sanctions": mostly the noun ("faces sanctions").
  ...forms(["sanctioned", "sanction", "blacklisted"], (w) => cue(w, "SANCTIONED", "verb", 6, { notBefore: ["regime", "relief", "list"] })),
];

export const EN_RELATIONS: RelationWords = {
  cues: CUES,
  goods: GOODS,
  selfEvidentSupply: new Set(),
  recipientMarkers: new Set(["to"]),
  goodsMarker: "with",
  // "Washington's sanctions on X": after an owner's possessive the cue is a named act, the owner its doer.
  nominalizers: new Set(["'s", "’s"]),
  // Not "her", which is also an owner ("meet her counterpart").
  objectPronouns: new Set(["them", "it", "him", "us", "me"]),
  objectOrOwner: {
    pronouns: new Set(["her"]),
    followers: new Set(["for", "to", "at", "in", "on", "with", "as", "and", "after", "during", "before", "when", "over"]),
  },
  alleging: new PhraseSet(["claimed that", "alleged that", "charged that"]),
  reportedCharge: new PhraseSet(["said", "says", "say", "told"]),
  chargeWords: new PhraseSet([
    "violated",
    "violating",
    "attacked",
    "supplied",
    "sent",
    "transferred",
    "provided",
    "interfered",
    "threatened",
    // Wrongs done: "alleged that X had shelled ...", "said X had harboured the rebels".
    ...["breached", "undermined", "meddled", "smuggled", "bombed", "shelled", "hacked", "spied", "tortured", "kidnapped"],
    ...["abducted", "sabotaged", "harboured", "harbored", "financed", "bribed", "rigged", "looted", "persecuted", "massacred"],
  ]),
  nounTakesDoersBefore: false,
  invitationOf: ["invitation", "of"],
  invitationFrom: [
    ["invitation", "from"],
    ["invitations", "from"],
  ],
  invitation: ["invitation"],
  invitationTo: ["invitation", "to"],
  purpose: new Set(["to"]),
  // "With the backing of Brazil, Chile sent ...", "Chile acted with Brazil's full support".
  actedWithSupport: { with: "with", nouns: new PhraseSet(["backing", "support", "blessing"]), of: "of" },
  // "Seven memoranda were signed in the presence of the two leaders": the leaders' countries sign.
  signedBefore: new PhraseSet(["in the presence of", "in front of"]),
  // "Bolivia denounced the embargo as unlawful": the embargo the article told, whoever imposed it.
  namedActs: [
    { type: "SANCTIONED", nouns: new PhraseSet(["sanctions", "asset freeze", "asset freezes", "blacklisting", "embargo", "travel ban"]) },
    { type: "VISITED", nouns: new PhraseSet(["visit", "trip", "stopover"]) },
    { type: "SUPPLIED", nouns: new PhraseSet(["deliveries", "delivery", "shipment", "shipments", "arms sales", "arms transfers"]) },
  ],
  judgesActs: new Set(["CRITICIZED"]),
  // "Peru closed its border. ... Chile condemned the move": the act the article reports, its first subject's.
  storyActs: new PhraseSet(STORY_ACTS),
  // "Xi's wife Peng Liyuan", "Ruto and his wife Rachel": the spouse is on the owner's trip.
  spouses: new PhraseSet(["wife", "husband", "spouse", "first lady", "first gentleman"]),
  // 'Boric said Peru's decision was "unacceptable"', '"Peru poses a grave threat to the region," Boric said'.
  judgedInSpeech: {
    reporting: new PhraseSet(["said", "says", "say", "told", "added", "stressed", "insisted", "warned", "declared", "noted"]),
    that: "that",
    copulas: new PhraseSet(
      ["is", "are", "was", "were", "has been", "have been", "had been", "remains", "remain", "remained"].concat([
        "poses",
        "pose",
        "posed",
        "constitutes",
        "constitute",
        "constituted",
        "amounts to",
        "amounted to",
      ]),
    ),
    judgements: PEJORATIVE,
    praises: LAUDATORY,
    of: "of",
    // Of conduct only: not "illegal" ("X's illegal migrants") nor "corrupt" (of people).
    epithets: new PhraseSet([
      ...["reckless", "dangerous", "aggressive", "provocative", "irresponsible", "hostile", "barbaric", "unlawful", "illegitimate"],
      ...["unjustified", "unprovoked", "belligerent", "destabilizing", "destabilising", "brutal", "coercive", "disproportionate"],
      ...["outrageous", "heinous", "malicious", "unacceptable", "unfriendly"],
    ]),
    reportAsides: new Set(["in", "on", "at", "to", "during", "after", "via", "through", "reporters", "journalists"]),
  },
  // "summoned Peru's ambassador to protest the arrests", "spoke with envoy X to condemn and protest the raid".
  protestTo: {
    summons: new PhraseSet(["summoned", "summons", "summoning", "summon", "called in", "calls in", "calling in", "call in"]),
    talks: new PhraseSet(
      [
        "talked",
        "talks",
        "talking",
        "talk",
        "spoke",
        "speaks",
        "speaking",
        "speak",
        "met",
        "meets",
        "meeting",
        "meet",
        "wrote",
        "writes",
        "write",
      ]
        .flatMap((v) => [`${v} to`, `${v} with`])
        .concat(["met", "meets", "meet", "phoned", "phones", "telephoned", "telephones"]),
    ),
    protests: new PhraseSet(["protest", "complain", "lodge a protest", "lodge a complaint", "register a protest", "voice displeasure"]),
    reach: 4,
  },
  placeHeads: new PhraseSet(PLACE_HEADS),
  remote: new PhraseSet(["phone call", "by phone", "telephone", "video call", "videoconference", "video link", "virtual"]),
  reciprocal: new PhraseSet(["each other", "one another"]),
  pluralOwner: "their",
  gatherings: new Set(["summit", "conference", "forum"]),
  pairOwners: new Set(["their"]),
  contests: new PhraseSet(CONTESTS),
  companion: { with: "with", by: new PhraseSet(["accompanied by", "joined by", "along with"]) },
  setting: new Set(["in", "at", "inside"]),
  // "talks between A and B took place in X", "were held at Y": the setting is the event's.
  heldAt: new PhraseSet(["took place", "take place", "takes place", "was held", "were held", "be held", "is held", "are held"]),
  relativePlace: "where",
  nominalDoerStops: new Set(["according", "invited"]),
  // "began a visit to X", "paid a visit to X", "wrapped up a tour of X": the verb's subject makes the named event.
  eventVerbs: new PhraseSet(
    ["began", "begins", "started", "starts", "paid", "pays", "made", "makes", "concluded", "concludes", "ended", "ends"]
      .concat(
        // "Ending a state visit to X with a speech, A thanked ...": a participle that opens the sentence.
        ["beginning", "starting", "paying", "making", "concluding", "ending", "wrapping up"],
      )
      .concat(["wrapped up", "wraps up", "kicked off", "kicks off", "embarked on", "embarks on", "set off on", "left for"])
      // "would pay a state visit to X", "will begin a tour of Y": the bare form after a future or modal word.
      .concat(["begin", "start", "pay", "make", "conclude", "end", "wrap up", "kick off", "embark on"]),
  ),
  between: "between",
  oneSide: new PhraseSet(["on one side", "on the one side", "for one side", "on one hand", "on the one hand"]),
  with: "with",
  relativeWith: ["with", "whom"],
  relativeObject: ["whom"],
  firms: {
    nouns: new PhraseSet(
      [
        "company",
        "firm",
        "bank",
        "lender",
        "refinery",
        "refiner",
        "conglomerate",
        "corporation",
        "business",
        "shipper",
        "exporter",
      ].flatMap((noun) => [noun, noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}${noun.endsWith("s") ? "es" : "s"}`]),
    ),
    before: false,
    state: new PhraseSet(["state-owned", "state-run", "state", "national", "government-owned"]),
  },
  peopleMet: new PhraseSet([
    ...["marines", "troops", "soldiers", "sailors", "peacekeepers", "students", "workers", "negotiators", "representatives"],
    ...["lawmakers", "businessmen", "business leaders", "investors", "veterans", "families", "volunteers", "farmers", "fishermen"],
    ...["residents", "refugees", "survivors", "athletes", "executives", "entrepreneurs", "experts", "scientists", "journalists"],
    ...["community leaders", "religious leaders", "civil society", "opposition figures", "activists", "pilgrims", "medics"],
  ]),
  chargeOpeners: new Set(["of", "for"]),
  sharedSubject: {
    reporting: new PhraseSet(["said", "says", "told", "added", "stressed", "announced", "insisted", "warned"]),
    bare: new Set(["would", "will", "should", "could", "can", "must", "might", "may"]),
    chargeOf: "of",
    gerund: "ing",
    perfect: "having",
  },
  objectRelative: {
    relatives: new Set(["which", "whom"]),
    pronouns: new Set(["it"]),
    between: new Set(["has", "have", "had", "also", "long", "previously", "repeatedly", "publicly", "openly", "already"]),
    types: new Set(["MET", "INVITED", "THANKED", "SUPPORTED", "PRAISED", "CRITICIZED", "ACCUSED", "SANCTIONED"]),
  },
  actsDoneTo: new PhraseSet(ACTS_DONE_TO),
  gatheredFor: "for",
  nextLeg: new PhraseSet(
    ["and", "", "before going", "before heading", "before travelling", "before traveling"].flatMap((lead) =>
      ["then to", "then on to", "on to", "later to"].map((w) => `${lead} ${w}`.trim()),
    ),
  ),
  actsOfRulersIn: new PhraseSet(ACTS_OF_RULERS),
  summaryNouns: new Set(["step", "move", "decision", "plan", "measure", "policy", "act", "bid", "claim", "remark", "remarks"]),
  label: {
    opener: "what",
    verbs: new PhraseSet(["called", "calls", "termed", "terms", "dubbed", "dubs", "described as", "describes as", "branded", "brands"]),
  },
  chargedDoerInside: true,
  // "Finance Minister X" with no dateline, in a story of one country, is that country's.
  focusIsHome: true,
  leadingTakesAllDoers: true,
  // "X, under pressure from Y, met Z", "X, already under US sanctions, met Z": a prepositional aside too.
  asideOpeners: new Set(["which", "who", "whose", "a", "an", "under", "already"]),
  passive: { markers: new Set(["was", "were", "been", "being", "is", "are", "be"]), doer: "after-verb", agentWord: "by" },
  // "X was received by Y" is read as an active meeting: the two meet either way.
  benefactivePassive: "",
  delegation: new Set(),
  delegationLed: { nouns: new Set(["delegation", "team", "mission"]), ledBy: new PhraseSet(["led by", "headed by"]) },
  visitVerb: "visit",
  motionVerbs: new Set(),
  welcomedTo: "to",
  hostedAt: new Set(["in", "at"]),
  placeOf: new Set([",", "in"]),
  thanksReason: new Set(["for"]),
  thanksReasonSkip: new Set(["the", "its", "their", "his", "her"]),
  supportReason: new Set(["support", "backing", "solidarity"]),
  supportOwnedReach: 5,
  thankedSupportByCountry: true,
  supportTo: new Set(["to", "for", "of"]),
  here: new Set(["here"]),
  countryOfVisits: true,
  signedByOfficers: true,
  owners: new Set(["his", "her", "its", "their"]),
  received: RECEIVED,
};
