// What a language contributes to the extractor, as spaCy keeps spacy/lang/<code>/ beside a language-neutral
// pipeline. The core (clean, segment, recognize, resolve, relate, dates) holds no word of any language: it
// reads every word, cue and pattern from the pack of the article's language.
import type { RelationType } from "@news-kg/schema";
import type { DatePattern } from "../dates/date-pattern.ts";
import type { Office } from "../lexicon/lexicon.ts";
import type { EventSpan } from "../relate/event-owner.ts";
import type { PhraseSet } from "../relate/phrase-set.ts";
import type { SentenceView } from "../relate/sentence-view.ts";
import type { Gender } from "../recognize/mention.ts";
import type { ResolvedMention } from "../resolve/resolve-article.ts";

export interface LanguagePack {
  /** ISO 639-1 code, as articles carry it in `lang`. */
  readonly code: string;
  /** Spelling repairs the script needs before anything is matched (tone-mark placement, censored words). */
  normalize(text: string): string;
  readonly furniture: FurnitureRules;
  /** Words that take a dot inside a sentence ("Mr.", "TP."): compared case-sensitively. */
  readonly abbreviations: ReadonlySet<string>;
  /** Endings split off a word as tokens of their own: the possessive in "Russia's". */
  readonly clitics: readonly string[];
  readonly dates: DateRules;
  readonly mentions: MentionWords;
  readonly clauses: ClauseWords;
  readonly relations: RelationWords;
  readonly modality: ModalityWords;
  readonly statics: StaticWords;
  /** Who does a nominalized event: word order is the language's ("chuyến thăm X của Y", "Y's visit to X"). */
  eventOwner(view: SentenceView, event: EventSpan): ResolvedMention | undefined;
  /** People the lexicon does not know but whose name shows they serve this country ("Nguyễn ..." → Vietnam). */
  readonly nativeNames?: NativeNames;
  /** How this language's pages print a publication date: read before an article's language is known, so every pack's are tried. */
  readonly published?: PublishedWords;
}

/**
 * Words of the publication dates pages print ("Thứ Tư, 19/06/2024 14:37", "Published: 19/06/2024"). Lower
 * case; a space stands for any spacing.
 */
export interface PublishedWords {
  /** Weekdays as a dateline prints them ("thứ tư", "chủ nhật", "t4"). */
  readonly weekdays: readonly string[];
  /** Words that make a weekday of whatever word follows them, in date fields ("thứ 4"). */
  readonly weekdayOpeners: readonly string[];
  /** Labels before a dateline ("cập nhật", "published"). */
  readonly labels: readonly string[];
  /** "ngày 19 tháng 6 năm 2024": the words before a day, a month and a year. */
  readonly dayWords: readonly string[];
  readonly monthWords: readonly string[];
  readonly yearWords: readonly string[];
}

/** How page furniture looks on this language's news sites. Lines are NFC, trimmed, non-empty. */
export interface FurnitureRules {
  /** Headings of blocks that are not the article (related links, most-read lists, comments), lower case. */
  readonly blockHeadings: ReadonlySet<string>;
  /** Block headings written as prompts (ratings), tested on the lower-case heading. */
  readonly promptHeadings: readonly RegExp[];
  /** One-line widgets inside the article, tested on the lower-case line. */
  readonly widgetLines: readonly RegExp[];
  /** A caption that numbers an image, tested on the lower-case end of a line. */
  readonly numberedCaption: RegExp;
  /** A line that is only a date and/or time, tested on the lower-case line. */
  readonly timestamp: RegExp;
  /** A caption that credits its photo (kept as text; its credit is stripped). */
  readonly photoCredit: RegExp;
  /** A trailing credit after a bracket, dash or bar, or alone on its line. */
  readonly creditAfterMark: RegExp;
  /** A trailing credit after a plain space (capitalized label only). */
  readonly creditAfterSpace: RegExp;
  /** A dateline that opens the first paragraph ("SEOUL, June 19 (Reuters) -"): not part of the text. */
  readonly datelinePrefix?: RegExp;
  /** An outlet's credit that opens the first paragraph ("Outlet - ", "(Outlet) -"): not part of the text, and no dateline. */
  readonly outletPrefix?: RegExp;
  /**
   * An outlet's credit known by its shape only ("TTO - ", "VOV.VN - "): stripped as `outletPrefix` is, but never from
   * the first line, a headline that may open on an abbreviated name and a dash ("EU - X ...").
   */
  readonly outletShapePrefix?: RegExp;
}

export interface DateRules {
  /** Words a lower-cased sentence must contain for the patterns that need them: most sentences hold no date. */
  readonly gates: Readonly<Record<string, readonly string[]>>;
  /** Longer forms first: a match blanks its text so shorter forms do not match inside it. */
  readonly patterns: readonly DatePattern[];
  /** The publication date a dateline gives, as `YYYY-MM-DD`, for an article that has none. */
  dateline?(text: string): string | undefined;
}

/** Plural descriptions resolved from the article: "hai nhà lãnh đạo" (the two leaders), "hai nước" (the two countries). */
export interface GroupCue {
  words: string;
  of: "leaders" | "countries" | "role";
  role?: string;
  /** How many they are (two unless said). */
  size?: number;
  /** A pronoun ("they"): only the people just named stand for it. */
  local?: boolean;
  /** A group only when no name follows it: a counted honorific ("hai ông"), not the list it may head ("hai ông A và B"). */
  bare?: boolean;
}

/** A short name that stands for an entity only where the article names its context: "the North" among Koreas. */
export interface ContextualName {
  /** Lower-case words, the last one written capitalized ("the north" for "the North"). */
  readonly words: readonly string[];
  /** The lexicon name it stands for. */
  readonly name: string;
  /** Lexicon names one of which the article must name elsewhere. */
  readonly context: readonly string[];
}

/** Words that introduce, surround or continue names. Lower case, matched against lower-cased tokens. */
export interface MentionWords {
  /** Short names that need their context: "the North" is North Korea in an article that names a Korea. */
  readonly contextualNames?: readonly ContextualName[];
  /** "ông Kim", "Mr Kim". */
  readonly honorifics: ReadonlySet<string>;
  /**
   * Military and party ranks before a full name ("Gen.", "Lt. Gen.", "Comrade"): no part of the name. Unlike an
   * honorific, a rank is followed by a full name, not a surname alone ("General Assembly" is no person).
   */
  readonly ranks?: ReadonlySet<string>;
  /** The full names a rank may lead, when they are more than `looksLikeName` accepts ("Dato' X" before a foreign name). */
  rankedNameLooks?(surface: string): boolean;
  /** An honorific alone stands for the last person named ("ông" does, "Mr" does not). */
  readonly honorificIsPronoun: boolean;
  /**
   * Words of an occasion after which such a lone honorific stands for the person named last before it in its
   * sentence, not for the sentence's subject: in "A tiếp B nhân dịp ông sang thăm X" the occasion is B's.
   */
  readonly occasionOpeners?: PhraseSet;
  /**
   * Verbs of saying after which such a lone honorific stands for the one who says, named right before the verb: in
   * "A cảm ơn B, trong khi C cho biết ông sẽ ..." the one who will is C, not the subject A.
   */
  readonly speechVerbs?: PhraseSet;
  /** The gender pronouns and words of a mention say ("she", "spokeswoman", "Mrs"), where the language marks it. */
  readonly genders?: { readonly pronouns: ReadonlyMap<string, Gender>; readonly words: ReadonlyMap<string, Gender> };
  /** Personal pronouns that stand for a person named before ("he", "she"). */
  readonly pronouns: ReadonlySet<string>;
  /** Possessive pronouns ("his"): a person when they own an event, a determiner before a name or title. */
  readonly possessivePronouns: ReadonlySet<string>;
  /** Words before an office that make a lower-case office stand for its holder ("the president"). */
  readonly determiners: ReadonlySet<string>;
  /**
   * "nhà vua sẽ tới X", "ca ngợi quốc vương": offices that only one person in a story holds, which stand for that holder
   * in lower case too, with no determiner; not after a word that makes the office a predicate ("trở thành nữ hoàng").
   */
  readonly soleHolderOffices?: { readonly cues: ReadonlySet<string>; readonly notAfter: ReadonlySet<string> };
  /** Words after which a country's name is a sports team's ("đội tuyển Việt Nam"), not the country. */
  readonly teamWords?: ReadonlySet<string>;
  /**
   * Nouns for a ship or a rig, which may be named after a place and a number ("tàu X 8" is no place X), and words that
   * may describe the craft between its noun and its name ("tàu khảo sát X 8").
   */
  readonly craft?: { readonly nouns: ReadonlySet<string>; readonly modifiers: PhraseSet };
  /** "ASEAN foreign ministers", "NATO leaders": plural people after an organization, who act rather than the body. */
  readonly memberGroups?: PhraseSet;
  /**
   * "sanctions on 13 Syrian officials", "a travel ban against senior Iranian officials": after these words (one plain
   * word, a count, may come between), a demonym before `memberGroups` names the country a measure is laid on.
   */
  readonly membersTargetedAfter?: ReadonlySet<string>;
  /**
   * "The leaders of A, B and C met": plural people who act for the ones named after the affiliation word, which then
   * are the doers, each of them (a determiner before these words is required).
   */
  readonly actingFor?: PhraseSet;
  /** "a Russian", "one North Korean official": words that make a demonym one of the country's people. */
  readonly indefinite: ReadonlySet<string>;
  /** Articles that may open an apposition before its office ("X, the Russian president", "X, a close aide"). */
  readonly articles: ReadonlySet<string>;
  /**
   * A bare surname stands for a person the article named in full ("Kim will visit"), and a bare full name with an
   * office in apposition is a person ("Ana Ruiz, a senior aide"). Or only capitalized runs this accepts (their
   * text, and the lower-case word before them): in Vietnamese, foreign-looking names not after "tại".
   */
  readonly bareSurnames: boolean | ((surface: string, before: string | undefined) => boolean);
  /** A capitalized word that names a date ("July", "Monday", "Today"), never a place or a person. */
  readonly isDateWord?: (word: string) => boolean;
  /** The affiliation may come before the office: "Russian President Vladimir Putin", "Japan's Prime Minister". */
  readonly affiliationFirst: boolean;
  /** "ambassador to Brazil", "ambassador in X": the words before where an office is posted, and the offices (roles) posted so. */
  readonly postedTo?: { readonly words: ReadonlySet<string>; readonly roles: ReadonlySet<string> };
  /** "Foreign Minister X of North Korea": the word that gives a titled name's affiliation after it. */
  readonly affiliationAfter: string;
  /** Possessive endings split off by the tokenizer ("'s"): "Japan's Prime Minister". */
  readonly possessiveClitics: ReadonlySet<string>;
  readonly groups: readonly GroupCue[];
  /**
   * Plain words that end the words leading an apposition to its office: "X, the first by a Brazilian president," tells
   * whose the first visit was, not X's office.
   */
  readonly appositionStops?: ReadonlySet<string>;
  /**
   * Lower-case heads of a second office stacked after "and" before a name, whose body is capitalized: "Minister and
   * Investment Board chair X".
   */
  readonly stackedOfficeHeads?: ReadonlySet<string>;
  /**
   * Buildings, which are places: the head words that end their names ("the Rosewood Palace", "the Marble Hall of X"),
   * and the setting words before their article ("at the", "in the").
   */
  readonly venues?: { readonly tails: ReadonlySet<string>; readonly after: ReadonlySet<string> };
  /** Words before a capitalized run that make it a place ("tỉnh Amur"). */
  readonly locationCues: readonly string[];
  /** A state's formal style before its short name ("Republic of", "Kingdom of"): one name with the country. */
  readonly stateForms?: PhraseSet;
  /** Location cues that name a kind of place and are no part of its name ("tỉnh Aichi" is Aichi; "Cung điện X" is not X). */
  readonly placeKindCues?: ReadonlySet<string>;
  /**
   * Kinds of administrative unit ("huyện", "xã") whose lower-case word makes the name after it the unit's, even where
   * it opens on a one-word country ("huyện Đức Hòa", not Germany) or is a body the lexicon knows ("xã Tiền Phong", not
   * the paper).
   */
  readonly unitKinds?: ReadonlySet<string>;
  /**
   * Compass words that, capitalized between a place's kind and a country, name a part of it ("bang Tây Australia", a
   * state: not the country): the country is the end of the part's name.
   */
  readonly partCompass?: ReadonlySet<string>;
  /**
   * The word after a place's comma that says where it lies ("Tarnow, in southern Poland"), and the words that may
   * stand between it and the place (articles, directions, kinds: "in the south-eastern region of Murcia").
   */
  readonly placeIn?: { readonly word: string; readonly modifiers: ReadonlySet<string> };
  /**
   * Kind words after a capitalized run that make it a place and are no part of its name: "Quang Ninh province",
   * "the Kharkiv region" (lower case), and those a name may end in, capitalized ("Jeju Island"), kept in the alias.
   */
  readonly placeKindsAfter?: {
    readonly lower: ReadonlySet<string>;
    readonly capitalized: ReadonlySet<string>;
    /** Kinds read so only after a place's possessive: "Brazil's Para state" (not "the Jewish state"). */
    readonly owned?: ReadonlySet<string>;
  };
  /**
   * An apposition that makes an unknown name a place: "X, the capital of Y", "X, a town in Y", "X, Y's largest city":
   * the articles that open it, the kinds of place that end it, and the words after a kind that lead on to where it lies.
   */
  readonly placeAppositions?: {
    readonly articles: ReadonlySet<string>;
    readonly nouns: ReadonlySet<string>;
    readonly leadOn: ReadonlySet<string>;
  };
  /**
   * "X, thủ phủ tỉnh Y", "X, thành phố lớn nhất của Y": kinds of place that open an apposition, their modifiers after
   * them (languages whose nouns come first), which make an unknown name before it a place.
   */
  readonly kindFirstAppositions?: PhraseSet;
  /**
   * Verbs that send an office holder, whose office then serves the sender ("Y cử Đặc phái viên B"), and the words
   * before one that make it part of another word ("bầu cử", an election).
   */
  readonly sending?: {
    readonly verbs: ReadonlySet<string>;
    readonly notAfter: ReadonlySet<string>;
    /** Phrases right before a companion's office, which serves the sentence's first actor: "accompanied by Vice President Y". */
    readonly companions?: PhraseSet;
  };
  /** Kin after a name's comma that make an unknown capitalized run a person: "X, con gái của Y", "A và B, hai con trai ông". */
  readonly kinAppositions?: PhraseSet;
  /**
   * Nouns for a person that open a description of whose kin it is, between the possessive and the name: "con gái của
   * người anh hùng độc lập X", "con trai của vị tướng huyền thoại Y". The name they lead to is a person.
   */
  readonly kinOwnerNouns?: ReadonlySet<string>;
  /** Kin words before a capitalized run that make it a person, no part of the mention: "his son Ali", "her father Omar". */
  readonly kinWords?: ReadonlySet<string>;
  /** Lower-case words joined to a name by a hyphen that make it a modifier, no part of a name ("Dalian-based"). */
  readonly compoundModifiers?: ReadonlySet<string>;
  /** Last words of an untitled capitalized run that make it a company ("Halvor Shipping", "Andes Air"), lower case. */
  readonly organizationTails?: ReadonlySet<string>;
  /**
   * Last one or two words of an untitled capitalized run of two or more words that make it a natural place ("Mira
   * Shoal", "Sable Island Group"), lower case; read before `organizationTails`.
   */
  readonly placeTails?: ReadonlySet<string>;
  /**
   * Words of travel after which an unknown capitalized run is a place, the words no part of it: "arrived in Arica",
   * "a trip to Labasa" (lower case).
   */
  readonly placeAfter?: PhraseSet;
  /**
   * Words of a punitive measure after which an unknown capitalized run that `looksLikeName` accepts is its target, an
   * organization, the words no part of it: "trừng phạt đối với Korvanex" (lower case).
   */
  readonly targetAfter?: { readonly phrases: PhraseSet; looksLikeName(surface: string): boolean };
  /** Words before a capitalized run that make it an organization ("hãng thông tấn KCNA"). */
  readonly organizationCues: readonly string[];
  /**
   * Lower-case words that may go on in a body's name written with only its first words capitalized ("Hội đồng An
   * ninh quốc gia tối cao Iran"): a country's name closes it, and the body is that country's.
   */
  readonly bodyNameWords?: ReadonlySet<string>;
  /**
   * Whether a lower-case word `tail` ends the word a lone capitalized syllable `head` of a name opens, where only the
   * first syllable of each word is capitalized ("đảng Cộng hòa", "Ủy ban Bầu cử"): the name goes on through it.
   */
  readonly wordTail?: (head: string, tail: string) => boolean;
  /** Organization cues that, in lower case, name a kind of body and no part of its name: "công ty X" is X. */
  readonly bodyKindHeads?: ReadonlySet<string>;
  /** Words for a body's members between its cue and its name: "các quốc gia" in "Liên minh các quốc gia Sahel". */
  readonly bodyMembers?: PhraseSet;
  /**
   * Lower-case words a kind of body (bodyKindHeads) takes before its name to say what it trades in or who owns it:
   * "dầu khí", "quốc doanh" in "công ty dầu khí quốc doanh X" (the body is X).
   */
  readonly bodyTrades?: PhraseSet;
  /**
   * A company's legal form between its kind (bodyKindHeads) and its name, part of the name: "cổ phần", "TNHH" in
   * "Công ty cổ phần X", "Công ty TNHH X" (lower case).
   */
  readonly companyForms?: PhraseSet;
  /** Organization cues whose names keep the country that closes them, a party's ("Đảng Đoàn kết X"), lower case. */
  readonly countryNamedBodies?: ReadonlySet<string>;
  /** Nouns after a leader's name that make it the leader's country's government ("the Biden administration"). */
  readonly governmentNouns?: ReadonlySet<string>;
  /**
   * Words before a capitalized run that make it a person, though they name no office: "nhà ngoại giao X",
   * "Tiến sĩ X", "phu nhân X".
   */
  readonly personCues?: readonly string[];
  /** Person cues for a spouse: an office right after is the spouse's, not the person's ("Phu nhân Thủ tướng X"). */
  readonly spouseCues?: ReadonlySet<string>;
  /** Plain words describing a kind of place between it and the name ("biên giới" in "thị trấn biên giới X"), lower case. */
  readonly placeModifiers?: PhraseSet;
  /** Person cues of military rank, which may open the holder's name after an office's comma ("Tư lệnh Y, Tướng X"). */
  readonly rankCues?: ReadonlySet<string>;
  /** Person cues of royalty, after which one given name names the person past a country ("Công chúa Thụy Điển Y"). */
  readonly singleNameCues?: ReadonlySet<string>;
  /**
   * "nhà ngoại giao này", "Thủ tướng này": a demonstrative after an office, or after one of these nouns for a
   * person, makes it stand for a person named before ("this diplomat"); a classifier may open it ("vị").
   */
  readonly anaphora?: {
    readonly demonstratives: ReadonlySet<string>;
    readonly nouns: PhraseSet;
    readonly classifiers: ReadonlySet<string>;
    /**
     * "nước này" (this country), "công ty này" (this company): nouns for a country or a body that, with a
     * demonstrative, stand for one named before when they open a clause (the sentence, a comma or `after`).
     */
    readonly bodies?: ReadonlyMap<string, "COUNTRY" | "ORGANIZATION">;
    readonly after?: PhraseSet;
    /**
     * "vị khách (này)" (the guest): nouns for the visitor, who is never of the writer's own country
     * (`nativeNames.country`), with or without a demonstrative.
     */
    readonly guests?: PhraseSet;
    /**
     * "Đoàn sẽ thăm X", "đón Đoàn tại sân bay": a bare delegation noun standing for the delegation's head, when one of
     * `followers` (a tense word, a visit's verb, "tại", a mark) follows it and none of `notAfter` (a numeral, a verb of
     * sending, a compound's first word: "cử một phái đoàn", "tập đoàn") comes before it. Its head is the person named
     * last before the first of `heads` joined to a leader by `joinedBy` ("X cùng Đoàn đại biểu cấp cao Y"), else, when
     * it opens its clause, the guest.
     */
    readonly delegations?: {
      readonly nouns: PhraseSet;
      readonly followers: PhraseSet;
      readonly notAfter: ReadonlySet<string>;
      readonly heads: PhraseSet;
      /** Words right before such a delegation that join it to its leader named before: "X và/cùng Đoàn", "X dẫn đầu đoàn". */
      readonly joinedBy: PhraseSet;
      /** "Đoàn (của X) do Y dẫn đầu": the words around a leader named after the delegation (the clause words' `ledBy`). */
      readonly ledBy: { readonly opener: string; readonly closers: readonly (readonly string[])[] };
    };
  };
  /**
   * "the 71-year-old said": an age after a determiner stands for a person named before when a verb follows it (one of
   * `verbs`, or a word with one of `verbEndings`) or a mark; not "the 71-year-old farmer".
   */
  readonly ageAnaphor?: { readonly age: RegExp; readonly verbs: ReadonlySet<string>; readonly verbEndings: readonly string[] };
  /** "Đại sứ nước này" (this country's ambassador): words in a title for the country the sentence named last. */
  readonly thisCountry?: PhraseSet;
  /**
   * "phía bạn", "nước bạn" (the partner side): words that stand for the country last talked of that is not the
   * writer's own (`nativeNames.country`); not before `notBefore` ("nước bạn bè": friendly countries) nor after a
   * plural marker ("các nước bạn").
   */
  readonly partnerSide?: { readonly phrases: PhraseSet; readonly notBefore: ReadonlySet<string> };
  /**
   * "the bloc", "the 27-nation bloc's", "the alliance": after a determiner (and up to two lower-case words), a noun
   * for a union of states that stands for the international body (one the lexicon gives no country) named last.
   */
  readonly blocNouns?: ReadonlySet<string>;
  /**
   * "the junta", "the military regime": after a determiner (and up to two lower-case words), a noun for a country's
   * rulers that stands for the one country the article is about (its focus, named far more than any other), when it
   * opens a clause (the sentence, a mark, or one of `after`: "said that the junta ..."); not before `affiliationAfter`
   * ("the regime of X" names its own).
   */
  readonly rulers?: { readonly nouns: ReadonlySet<string>; readonly after: ReadonlySet<string> };
  /** "các ông A, B và C": words before an honorific that make it plural, over a list of names. */
  readonly pluralMarkers?: ReadonlySet<string>;
  /** Number words: an office counted by one ("ba chỉ huy quân đội X", three commanders) names no one holder. */
  readonly numberWords?: ReadonlySet<string>;
  /**
   * A capitalized run that shows it is a person's full name without any title ("Nguyễn Văn A"); `before` is the
   * lower-case word before it, which may say it is no person's ("the Reciprocal Access Agreement").
   */
  looksLikeName?(surface: string, before?: string): boolean;
  /** A capitalized word that heads or ends a body's name, never a person's ("Commission", "Committee"). */
  isBodyWord?(word: string): boolean;
  /** Capitalized words that open sentences and clauses, never a name's ("But", "Meanwhile"). */
  readonly openingWords?: ReadonlySet<string>;
  /**
   * Capitalized first words of a bare name that make it a landmark rather than a person, where the same word is a
   * family name too ("Hồ Hoàn Kiếm" is a lake, "ông Hồ Quang Minh" a man: a title or honorific still makes a person).
   */
  readonly landmarkHeads?: ReadonlySet<string>;
  /** Family names that open a full name (lower case): where a body's capitalized words give way to a name. */
  readonly familyNames?: ReadonlySet<string>;
  /** Lower-case words that may stand between an office and the name. */
  readonly titleModifiers: ReadonlySet<string>;
  /**
   * Tense words (lower case) that open a clause's verb: an office in apposition ends before one ("X, Thứ trưởng Bộ Y
   * đã ký với Bộ trưởng Z W": the office does not reach on to the body of the office after the verb).
   */
  readonly tenseWords?: ReadonlySet<string>;
  /** Words that join a second office held at once, as "and" does (lower case): "X, Chủ tịch A kiêm Tổng giám đốc B,". */
  readonly officeJoiners?: ReadonlySet<string>;
  /**
   * Plain words that describe the person, set after a calling, a kin word or an office and before the name, where the
   * language puts a noun's modifiers after it: "thượng nghị sĩ độc lập X" (independent senator X), "con gái cả Y"
   * (eldest daughter Y). Skipped only when a name follows them.
   */
  readonly personModifiers?: PhraseSet;
  /** Before an office: the person held it before, or has died. */
  readonly formerMarkers: ReadonlySet<string>;
  /** Right after an office: the holder has left it ("Emperor Emeritus X", "Pope Emeritus Y"); no part of the name. */
  readonly formerAfterOffice?: ReadonlySet<string>;
  /** After a name or an affiliation: the office was held then ("khi đó"). */
  readonly heldThen: readonly string[];
  /** Lower-case particles inside foreign names ("del", "da"). */
  readonly nameParticles: ReadonlySet<string>;
  /**
   * Particles that are also common words of the language ("do": by, because of): inside a name only between foreign
   * words, "Carlos Agostinho do Rosário", when `foreign` says both the word before and the one after are.
   */
  readonly foreignNameParticles?: { particles: ReadonlySet<string>; foreign: (word: string) => boolean };
  /** Generational suffixes that end a name with their dot ("Jr.", "Sr."): the dot is the name's, not the sentence's. */
  readonly nameSuffixes?: ReadonlySet<string>;
  /** Words of a body's name that make it hold its own offices, as a company does: a party's ("the Action Party"), lower case. */
  readonly ownOfficeWords?: ReadonlySet<string>;
  /** A country word at a sentence start that is really a common word ("ý kiến"), as "first second". */
  readonly commonCompounds: ReadonlySet<string>;
  /** Words that, right before a lower-case lexicon name, bind its first word into another compound. */
  readonly compoundBefore: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that join a name to what follows rather than continue it. */
  readonly linkingWords: ReadonlySet<string>;
  /** "Phía Nhật Bản có Bộ trưởng Ngoại giao X": the word that opens a sentence about one side's delegation. */
  readonly side?: string;
  /** Other words that open a clause about one side's people: "Đoàn Chile gồm ..." (a delegation). */
  readonly delegation?: ReadonlySet<string>;
  /** "X là Bộ trưởng": the copula before an office in apposition. */
  readonly copula: string;
  /**
   * Words that open a sentence's leading phrase ("Theo ông X, ...", "Sau cuộc gặp với ông X, ..."): the comma after
   * its last name closes the phrase, so an office after it that no mark closes is the main clause's subject, not
   * the name's apposition.
   */
  readonly leadingWords?: ReadonlySet<string>;
  /** "tại Kochi thuộc bang Kerala": words after an unknown name that put it inside a place named by its kind. */
  readonly placeWithin?: ReadonlySet<string>;
  /** "Tổng thống nước chủ nhà X": the host country, the last country named before that is no office's. */
  readonly hostCountry?: PhraseSet;
  /**
   * "Phó Tổng Thư ký LHQ phụ trách các hoạt động hòa bình X": words that open the office's remit, lower-case words
   * that run on to the holder's name.
   */
  readonly officeRemit?: PhraseSet;
  /** Longer ways from a name to its office: "X hiện là", "X được bầu làm", "X giữ chức" (lower case). */
  readonly officeVerbs?: PhraseSet;
  /**
   * Office verbs that, right after a comma, open a clause whose subject is the main clause's, not an apposition of
   * the name before the comma: "A gặp B, trở thành nhà lãnh đạo Y đầu tiên ..." (A became it, not B).
   */
  readonly clauseOfficeVerbs?: PhraseSet;
  /**
   * "X, who heads Kenya's foreign ministry,", "X, who chairs the African Union Commission,": verbs of heading after
   * a name, whose object's country or body the person serves in the office given here; `nouns`, the same said by a
   * noun ("head of"), read only after an apposition's comma.
   */
  readonly headsBody?: { readonly verbs: PhraseSet; readonly nouns?: PhraseSet; readonly office: Office };
  /** The same for an office held before: "X từng là", "X nguyên là". */
  readonly formerOfficeVerbs?: PhraseSet;
  /**
   * "X (52 tuổi, cựu giám đốc Y)", "X (SN 1961, nguyên Giám đốc Y)": an age or a birth year an apposition may open
   * with before its office and a comma: `units` follow the age's number, `born` leads the year.
   */
  readonly appositionAge?: { readonly units: ReadonlySet<string>; readonly born: PhraseSet };
  /** The word for a ministry inside a title, followed by its field ("Bộ Ngoại giao"). */
  readonly ministry: string;
  /**
   * "Thứ trưởng Bộ Công an X": a ministry named after an office is a body the holder serves in, besides the country,
   * unless the office heads it (`heads`: "bộ trưởng") or the "ministry" is none (`notFields`: "Bộ Chính trị"). Lower case.
   */
  readonly ministryBodies?: { readonly heads: ReadonlySet<string>; readonly notFields: ReadonlySet<string> };
  /**
   * Fields and bodies an office is of, which no name ever is, though they open on a capital: "Bộ trưởng Giáo dục
   * và Đào tạo X", "Chủ tịch UBND tỉnh Y X", "Bí thư Thành ủy Hà Nội X". Lower case.
   */
  readonly titleFields?: PhraseSet;
  /**
   * Fields that are a province's or a city's own body ("Chủ tịch UBND tỉnh Y X"), by their words (lower case), with the
   * name the body takes after its place's name ("Y People's Committee"): the office is held in that body.
   */
  readonly localBodies?: ReadonlyMap<string, string>;
  /** "Bộ Ngoại giao ở Hà Nội": words that set a title's body in its seat, which names the country. */
  readonly seatMarkers?: ReadonlySet<string>;
  /**
   * A capital named as a place, not standing for its country: after one of `at` (past one of `kinds`) and before its
   * own country in brackets or after a comma ("tại Viên (Áo)", "ở thủ đô X, Y"), or after a place it holds ("Cung
   * điện A ở thủ đô X", "Sân bay A, thủ đô X": one of `at`, or a comma before one of `kinds`).
   */
  readonly placedCapital?: { readonly at: ReadonlySet<string>; readonly kinds: PhraseSet };
  /** The possessive word: "cố vấn của Tổng thống" (an office's principal), "chuyến thăm X của Y" (an event's
   * doer), "con gái của X" (kinship). */
  readonly possessive: string;
  /** "Chính sách An ninh và Đối ngoại": the conjunction inside an office's name. */
  readonly and: string;
  /** Office titles this language adds to the lexicon's (a user's rules file): tried before the lexicon's. */
  readonly offices?: readonly Office[];
}

/** Words that shape clauses: where they open, who may be their doer, how names are listed. */
export interface ClauseWords {
  /** Words that open a new clause: reported speech, subordinate clauses, contrast. */
  readonly openers: PhraseSet;
  /** Opener words that open nothing when followed by these ("khi đó", "song phương"). */
  readonly notOpening: ReadonlyMap<string, readonly string[]>;
  /** An opener followed by this word is a noun: "tuyên bố của X" (X's statement) opens no clause. */
  readonly openerAsNoun?: string;
  /** Words after which a name is not the doer of what follows ("của Nga", "tại Bình Nhưỡng"). */
  readonly notSubjectAfter: ReadonlySet<string>;
  /** Words for a country's people and institutions, skipped inside lists. */
  readonly collectives: ReadonlySet<string>;
  /** Words (and punctuation) that join the names of one list. */
  readonly joiners: ReadonlySet<string>;
  /** Lists end with a conjunction ("A, B and C"): "A, B said" is not a list. */
  readonly listEndsWithConjunction: boolean;
  /** "rồi", "sau đó" (then): a verb right after one goes on with the doer of the clause before ("tới X, rồi tới Y"). */
  readonly sequencers?: PhraseSet;
  /** "rời", "khỏi" (leave): the place left is no doer; a motion verb after it goes on with who leaves ("A rời X đến Y"). */
  readonly departure?: ReadonlySet<string>;
  /**
   * "dẫn độ", "trục xuất" (extradite, deport): one taken somewhere by another's act; a motion verb right after them
   * ("dẫn độ A sang X") says where they are taken, not that they go: no visit.
   */
  readonly takenBy?: PhraseSet;
  /** "cùng với" (together with): a two-word joiner. */
  readonly togetherWith: readonly string[];
  /** "theo hãng tin X": a clause that names a source, not a doer. */
  readonly according: string;
  /**
   * Words right after `according` that make it name no source: "theo đó Pháp sẽ ..." (under which France will ...),
   * "Theo hợp đồng, X sẽ ..." (under the contract).
   */
  readonly accordingNot?: PhraseSet;
  /** "rằng" (that): opens what is said or charged. */
  readonly complementizer: string;
  /** "khi" (when): a leading subordinate clause whose doer is the main clause's. */
  readonly when: string;
  /** Words that open a sentence's leading phrase ("In his speech at the meeting with X, Y said"): its events are the main clause doer's. */
  readonly leadingPhrase: ReadonlySet<string>;
  /** "vì" (because): a reason clause without a doer. */
  readonly because: string;
  /** "X, người đã ...": the head of a relative aside about the person before it. */
  readonly relativeWho: string;
  /**
   * "tiếp X, đang thăm Y": a word of an ongoing state that opens a clause after a comma describes the person right
   * before the comma, as a relative aside would.
   */
  readonly progressiveAside?: string;
  /** The relative pronoun of things and bodies ("which"): "the United States, which he said had sent ...". */
  readonly relativeWhich?: string;
  /** "whose": the relative word of an aside that names something of its head ("The king, whose father ...", "X, whose father Y"). */
  readonly relativeWhose?: string;
  /** "X do Y dẫn đầu" (X led by Y): the word that opens it, and the phrases that close it. */
  readonly ledBy: { readonly opener: string; readonly closers: readonly (readonly string[])[] };
  /** Prepositions that govern a cue right after them: "phong tỏa B với cáo buộc B ..." (with the charge that). */
  readonly cueGoverning?: ReadonlySet<string>;
  /** Words that may stand between such a preposition and its cue: "during their meeting", "in a bilateral meeting with X". */
  readonly cueGoverningLead?: ReadonlySet<string>;
  /** Openers of reported speech ("khẳng định", "cho biết"): who is named in what they report does not go on acting after it. */
  readonly reporting?: PhraseSet;
  /** "sự đón tiếp mà X dành cho Y": a relative clause inside a noun phrase, whose names are no later clause's doer. */
  readonly relativeThat?: string;
  /** "A là N ... đến thăm Y" (A is the N who visited Y): the copula whose subject does what its description does. */
  readonly copula?: string;
  /** "bao gồm" (including): a list that may run past a cue's reach. */
  readonly including: string;
  /** Other words that open a list of examples as `including` does: "among them", "such as". */
  readonly examples?: PhraseSet;
  /** Number words: "sanctions on two armed groups, A and B" counts the members its apposition then names. */
  readonly cardinals?: ReadonlySet<string>;
  /** Articles of one ("a", "an"): "froze the assets of a trader, X," counts one member, named in apposition. */
  readonly singular?: ReadonlySet<string>;
  /**
   * Where a country follows the noun it qualifies: phrases after "N X," that name members of N ("ba công ty Trung
   * Quốc, trong đó có A": A, not China, is whom the act reaches).
   */
  readonly amongThem?: PhraseSet;
  /**
   * Words that open a noun phrase ("the", "a"): a clause opened by a word ("said", "that") whose first word is one
   * of these has a subject of its own, named or not ("said the rebels had sent ..."), and shares no doer before it.
   */
  readonly ownSubjectOpeners?: ReadonlySet<string>;
  /**
   * ", calling X a dictator and accusing Y of ...": a clause that opens on a participle (a word with `suffix`, right
   * after a comma) takes the actor right after it as its object, not as a doer; unless the participle reports speech
   * ("saying X had ...", `reporting`) or the actor goes on to an infinitive ("prompting X to send ...").
   */
  readonly participleClause?: { readonly suffix: string; readonly reporting: ReadonlySet<string> };
  /** Time and manner phrases that may stand inside a multiword cue after its first word: "paid tribute on Monday to". */
  readonly interposed?: PhraseSet;
}

/**
 * Words that state an event, with how to find its participants.
 * - verb: the doer is on the left, what is acted on on the right ("A gặp B").
 * - noun: a nominalized event ("chuyến thăm X của Y", "cuộc gặp giữa A và B"); "của Y" names the doer.
 */
export interface Cue {
  words: string[];
  type: RelationType;
  kind: "verb" | "noun";
  /** How far right (in tokens) the object may be. */
  reach: number;
  /** The object must follow one of these words ("thảo luận với X"). */
  via?: string[];
  /** The object must come at once: "đến Nga", not "đến nay". */
  adjacent?: boolean;
  /** The doer must be right before the cue (bare motion verbs). */
  closeSubject?: boolean;
  /** Words right after the cue that make it another word ("tiếp tục", "thăm dò"). */
  notBefore?: string[];
  /**
   * The cue ends in the thing it acts on, whose owner the possessive then names: "đóng băng tài sản của X" freezes X's
   * assets (X is the target), unlike a bare verb owned by a name after it (RelationWords.ownerAfterVerb).
   */
  endsInObject?: boolean;
  /** Phrases right after the cue that make it another sense ("met with criticism"). */
  notBeforePhrases?: string[][];
  /** Words right before the cue that make it another word ("trực tiếp", "lời mời"). */
  notAfter?: string[];
  /**
   * Words right before the cue that make it a message of the act, no relation of its own ("điện chúc mừng"); the act
   * is still there for what answers it ("cảm ơn lời chúc mừng" thanks the one who sent it).
   */
  unstatedAfter?: string[];
  /** One of these words must stand right before the cue: a bare word that states the event only after them ("khi ở X"). */
  onlyAfter?: string[];
  /** A number right before the cue makes it another word: a year or count before a noun ("Putin's 2000 visit"). */
  notAfterNumber?: boolean;
  /**
   * What the object is asked to do, when a word follows it: one of these must come within a few words, else the
   * event is another one (an invitation to come, "mời X sang thăm", not to speak or sit down, "mời X phát biểu").
   */
  onlyThen?: PhraseSet;
  /**
   * Another relation the cue states when what follows its object is none of `onlyThen` but one of these words: a
   * label that is no insult but a praise ('called X "a trusted partner"').
   */
  otherwise?: { readonly type: RelationType; readonly onlyThen: PhraseSet };
  /** The object must be followed at once by one of these words: "is in Paris for talks" is a visit, "is in Paris" may be home. */
  followedBy?: string[];
  /** Only people do this in person: a country "welcoming" a visit is a stance, not a meeting; not by phone or video link. */
  inPerson?: boolean;
  /** Done through those one sends ("cử một phái đoàn sang X"): a country or body goes by its delegation, a person does not go. */
  byDelegation?: boolean;
  /** A noun that states the relation only with an owner before it: "France's support for X", not "public support for X". */
  owned?: boolean;
  /** CAMEO code when it refines the relation type's default. */
  cameo?: string;
  /**
   * A supply told by its recipient ("received tanks from X"): the doer received, the supplier follows one of
   * these words, and the cue has this sense only with goods before that word.
   */
  sourceVia?: string[];
  /** The goods that give this cue its supply sense, where they are fewer than the pack's: bought coal is trade, bought jets a supply. */
  goods?: PhraseSet;
  /** A past participle: after a passive marker it is a passive, and without its agent it states no doer. */
  participle?: boolean;
  /**
   * The cue holds its own passive ("sanctions were imposed on X"): the doer follows the pack's agent word after the
   * object ("... by Y"), else it is the clause's ("Y said sanctions were imposed on X").
   */
  agentAfter?: boolean;
  /** The cue itself says the event is awaited ("is due in X"): what it states is planned. */
  planned?: boolean;
  /**
   * The doers watch the act done for their sides ("the two leaders witnessed the signing of ..."): what it states is
   * between the countries they hold office in, never between the people themselves (see SIDES_RULE).
   */
  bySides?: boolean;
  /** A noun that states the act only as received ("drew criticism from X", see RelationWords.received), never alone. */
  onlyReceived?: boolean;
}

/**
 * A judgement a speaker states of someone or of their act: 'Boric said Peru's decision was "unacceptable"', '"Peru
 * poses a grave threat to the region," Boric said'. The one judged opens the reported clause (after a reporting
 * verb, "that", or a quotation mark that opens the sentence) or owns its subject ("Peru's decision"), right before a
 * verb of being (`copulas`); one of `judgements` follows within a few plain words. The speaker criticises them.
 */
export interface JudgedInSpeechWords {
  readonly reporting: PhraseSet;
  readonly that: string;
  readonly copulas: PhraseSet;
  readonly judgements: PhraseSet;
  /** The word after a head noun that opens the judged act's owner: "the scale of X's buildup is a threat". */
  readonly of?: string;
  /**
   * Words that open a phrase between the reporting verb and `that`, where or to whom it was said: "said in a statement
   * that", "told reporters that".
   */
  readonly reportAsides?: ReadonlySet<string>;
  /** Labels of plain praise: 'X said Y remained "a vital partner"' is praise of Y. */
  readonly praises?: PhraseSet;
  /** Epithets that judge an act they name: "Peru's reckless actions", "X's unprovoked aggression". */
  readonly epithets?: PhraseSet;
}

/** The relation cues and the words their arguments take. */
export interface RelationWords {
  readonly cues: readonly Cue[];
  /** Goods that make a sending verb a supply of arms or aid rather than of a message. */
  readonly goods: PhraseSet;
  /** Supply cues that need no goods word: the verb itself says aid. */
  readonly selfEvidentSupply: ReadonlySet<string>;
  /** Support cues that are a supply when goods are named: "hỗ trợ X 50 xe tăng". */
  readonly supplyWithGoods?: ReadonlySet<string>;
  /** Words that mark a supply's recipient. */
  readonly recipientMarkers: ReadonlySet<string>;
  /** A country's armed services, which as a supply's recipient stand for it: "chuyển giao 2 tàu cho hải quân X". */
  readonly recipientForces?: PhraseSet;
  /**
   * "hàng viện trợ từ A tới B" (aid from A to B), "hàng viện trợ của A cho B": a flow of goods with no verb of giving;
   * `words` name whence or whose they are, `goods` are what is shipped (not vehicles, which carry travellers as well);
   * goods right after a `topics` word are talked about, not shipped ("thảo luận về vấn đề viện trợ của A cho B").
   */
  readonly goodsFlow?: {
    readonly words: ReadonlySet<string>;
    readonly goods: PhraseSet;
    readonly fired: ReadonlySet<string>;
    readonly topics?: ReadonlySet<string>;
  };
  /** "provided X with tanks": the word before the goods when the recipient comes first ("" where it never does). */
  readonly goodsMarker: string;
  /** Before a cue, these make it a nominalized event whose doer is given by the possessive. */
  readonly nominalizers: ReadonlySet<string>;
  /**
   * A nominalizer's word that makes a noun only as the end of one of these words: Vietnamese "động" in "hoạt động
   * cung cấp" (an activity), not in "xúc động cảm ơn" (moved, thanked) or "chủ động gặp" (met on one's own move).
   */
  readonly nominalizerHeads?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Right after a verb cue with no nominalizer, a word that makes it a thing owned by the name that follows:
   * Vietnamese "của" in "nghị quyết trừng phạt của X" (X's sanctions resolution), "tìm hậu thuẫn của X" (sought X's
   * backing). X is not what it acts on, nor the clause's doer its doer: no relation. Not where the cue awaits its
   * object past the word (Cue.via).
   */
  readonly ownerAfterVerb?: ReadonlySet<string>;
  /**
   * Object pronouns ("them", "him"): right after a cue, and not resolved to a name, they are its object, and no name
   * after them is. After a participle opening a clause after a comma, they stand for what the verb before acted on
   * ("imposed sanctions on A and B, accusing them of ...").
   */
  readonly objectPronouns?: ReadonlySet<string>;
  /**
   * Pronouns that are objects or owners ("her"): an object only when followed by no word or by one of `followers`
   * ("thanked her for ...", "received her at ..."), not "her team". See objectPronoun in relate-sentence.
   */
  readonly objectOrOwner?: { readonly pronouns: ReadonlySet<string>; readonly followers: ReadonlySet<string> };
  /** "cho rằng" (claims): an accusation when what follows charges someone with one of the charge words. */
  readonly alleging: PhraseSet;
  readonly chargeWords: PhraseSet;
  /** "Nga và Triều Tiên tổ chức cuộc hội đàm": doers right before a noun cue held it ("A and B criticized the talks" did not). */
  readonly nounTakesDoersBefore: boolean;
  /** "theo lời mời của X" (at the invitation of X): X invited whoever the sentence has visiting. */
  readonly invitationOf: readonly string[];
  /** "A nhận lời mời của B" (accepted B's invitation): the one who accepts is the guest. */
  readonly acceptsInvitation?: PhraseSet;
  /** "an invitation from X", "invitations from X and Y": as invitationOf, where the language has other ways to say it. */
  readonly invitationFrom?: readonly (readonly string[])[];
  /** "lời mời" (an invitation): thanks for it say who invited. */
  readonly invitation: readonly string[];
  /** "an invitation to X to visit Y": the words before the guest, who does what the invitation is to. */
  readonly invitationTo?: readonly string[];
  /** How many words the invited act may take between the invitation and its inviter ("lời mời thăm X của A"); 0 when never. */
  readonly invitedActReach?: number;
  /** Who acts for a purpose ("để", "nhằm") is the main clause's doer, not the one just named. */
  readonly purpose: ReadonlySet<string>;
  /**
   * "summoned X's ambassador to protest ...", "spoke to envoy X to condemn and protest ...": whom a contact verb
   * reaches right before a purpose word is criticised when the purpose is a protest. `summons` are contacts that are
   * protests in themselves (any criticism after the purpose word will do); `talks` need one of `protests` within
   * `reach` words after it. A person reached stands for their country (see PROTESTED_TO_RULE).
   */
  readonly judgedInSpeech?: JudgedInSpeechWords;
  /**
   * "With the backing of X, A sent ...", "A acted with X's support": support one acts with is given by X to the
   * clause's subject. `with` opens the phrase, one of `nouns` names the support, `of` (or a possessive) its giver.
   */
  readonly actedWithSupport?: { readonly with: string; readonly nouns: PhraseSet; readonly of: string };
  /**
   * Words after a signing in the passive that name those before whom it was done ("were signed in the presence of A and
   * B"): the texts are their sides', so the countries they serve sign with each other (see SIDES_RULE).
   */
  readonly signedBefore?: PhraseSet;
  readonly protestTo?: { readonly summons: PhraseSet; readonly talks: PhraseSet; readonly protests: PhraseSet; readonly reach: number };
  /** Words between a motion verb and its place ("tới thủ đô Kyiv"). */
  readonly placeHeads: PhraseSet;
  /** A call or a video link is not a meeting in person. */
  readonly remote: PhraseSet;
  /** After a meeting cue, the doers met each other ("với nhau", "song phương"). */
  readonly reciprocal: PhraseSet;
  /** The plural owner of a meeting ("their talks"): whom the clause names, doer and the one acted on, met. */
  readonly pluralOwner?: string;
  /** Gatherings of many: two named "at the summit" were both there, which does not make them meet each other. */
  readonly gatherings?: ReadonlySet<string>;
  /** Owners that make a gathering the pair's own: "their summit" is a meeting of the two. */
  readonly pairOwners?: ReadonlySet<string>;
  /** After whom one "met", a contest ("in the final"): teams that played, not a meeting. */
  readonly contests?: PhraseSet;
  /** A companion on a trip goes too: "flew to X with Y" (the word after the place), "X, accompanied by Y," (the phrases). */
  readonly companion?: { readonly with: string; readonly by: PhraseSet };
  /** "Tháp tùng ông X có Y" (accompanying X are Y): a sentence opening on the first phrase names X's companions after the second. */
  readonly entourage?: { readonly opens: PhraseSet; readonly has: PhraseSet };
  /**
   * "Xi's wife Peng", "Kenyatta and his wife Margaret": words for a spouse that, right after a possessive owner and right
   * before a person's name, make that person the owner's companion on the trip the article tells.
   */
  readonly spouses?: PhraseSet;
  /**
   * Kinds of people and bodies a sanction names before whose they are ("trừng phạt hai con gái của X", "các tướng lĩnh
   * X", "tập đoàn dầu khí X"): a member is sanctioned, not the owner named after the kind.
   */
  readonly sanctionedKinds?: PhraseSet;
  /**
   * Nouns for people of a country, right before its name, who are not the country: "gặp các cựu binh X" (X's
   * veterans), "cáo buộc một người X" (a national of X), "hoàng gia X" (X's royal family). An act done to them is done
   * to no one named, and not to the country. Not the people as a whole ("nhân dân X", "người dân X"), which stand for it.
   */
  readonly nationals?: PhraseSet;
  /**
   * Words right before a name that make it the owner of what is acted on, not its object: "trừng phạt hai công ty thuộc
   * sở hữu nhà nước X" sanctions X's firms, not X. An act done to what someone owns is done to no one named.
   */
  readonly ownedBy?: PhraseSet;
  /**
   * Nouns of acts with the preposition that names whom they are done to ("condemned the arrest of X", "the attack on
   * X"): a judgement of such an act is not of that one.
   */
  readonly actsDoneTo?: PhraseSet;
  /**
   * Nouns of acts a state's rulers do at home, with the setting word ("condemned the coup in X", "the crackdown in
   * X"): a judgement of one set in a country judges that country.
   */
  readonly actsOfRulersIn?: PhraseSet;
  /**
   * The same acts named bare, with their classifier ("lên án cuộc đảo chính", "chỉ trích việc đàn áp"): a criticism of
   * one that names no one judges the one foreign country the article is about, where it was done.
   */
  readonly actsOfRulers?: PhraseSet;
  /** The word after a host's guests that names the meeting they came for: "hosted A and B for a summit" (they met too). */
  readonly gatheredFor?: string;
  /** Words right after a meeting's noun that make it one of three or more sides ("cuộc hội đàm ba bên với A và B"): all met. */
  readonly multiParty?: PhraseSet;
  /**
   * Words for the two sides of talks just told ("Sau hội đàm, hai bên đã ký ..."): as the doers of a meeting they stand
   * for the people who held it, already related, not for a meeting of their countries.
   */
  readonly meetingSides?: PhraseSet;
  /** What opens the next leg of a journey after the place visited: "travels to X, and then to Y". */
  readonly nextLeg?: PhraseSet;
  /**
   * Presence at the event the article sets somewhere: `listedAfter` opens a list of who attended ("Lễ ký có sự tham dự
   * của A, B và C"), `saidOfSubject` says it of the names before it ("A và B cũng có mặt tại buổi lễ").
   */
  readonly attendance?: { readonly listedAfter: PhraseSet; readonly saidOfSubject: PhraseSet };
  /** Mentions after these words are where something happens, not who takes part. */
  readonly setting: ReadonlySet<string>;
  /** "X, where ...": a place the relative word after it makes the setting of the clause it opens. */
  readonly relativePlace?: string;
  /** Verbs of joining a body ("gia nhập"): a name after one is what is joined, not whom support of the joining backs. */
  readonly joining?: PhraseSet;
  /**
   * Documents by which one joins a body ("nghị định thư gia nhập", the accession protocol): signing one, with no other
   * side named, is signing with the body the sentence or the article before says is joined (see `joining`).
   */
  readonly accessionDocuments?: PhraseSet;
  /**
   * "A chuyển giao X cho B theo hợp đồng ký năm 2017": a supply made under a deal that was signed, with no signer of
   * its own named, was signed by its supplier and its recipient. `opener` is the word for "under", `deals` the nouns
   * of a deal.
   */
  readonly underDeal?: { readonly opener: string; readonly deals: PhraseSet };
  /** Words that say an event is held, after which a setting is the event's ("hội nghị diễn ra tại X", "was held in X"). */
  readonly heldAt?: PhraseSet;
  /**
   * Words after a sanction that open its target: a possessive past one names whose the target is, not the measure's
   * doer ("các biện pháp trừng phạt nhắm vào các ngành ngân hàng của X": X's banks are hit, by the clause's subject).
   */
  readonly measureTargets?: PhraseSet;
  /** Words that end the search for a nominalized event's doer ("theo" a source, "mời" an invitation). */
  readonly nominalDoerStops: ReadonlySet<string>;
  /** "giữa A và B" (between A and B). */
  readonly between: string;
  /** "signed by A on one side and B on the other": what follows one side's agents; the pairs are across the sides. */
  readonly oneSide?: PhraseSet;
  /** "ký ... với X" (with X): a partner. */
  readonly with: string;
  /** A leading phrase's doers are all the main clause's coordinated subjects, not only the first. */
  readonly leadingTakesAllDoers?: boolean;
  /**
   * Verbs that carry a named event as their object, whose doer is theirs: "bắt đầu chuyến thăm X" (began a visit
   * to X), "kết thúc tốt đẹp chuyến thăm", "có cuộc hội đàm với Y".
   */
  readonly eventVerbs?: PhraseSet;
  /** Verbs that undo a measure, between an event verb and its event ("thông báo gỡ bỏ các biện pháp trừng phạt"): nothing is carried. */
  readonly undoingVerbs?: PhraseSet;
  /** A deal noun and a buying verb after a signing ("ký hợp đồng mua ..."): the deal is signed with the seller. */
  readonly purchaseDeals?: PhraseSet;
  /**
   * Nouns that take up an act the text has just told ("lên án động thái này", "condemned this move"): with no doer of
   * its own named, the act is the previous sentence's subject's, and a judgement of it (see `judgesActs`) is of them.
   */
  readonly actAnaphors?: PhraseSet;
  /**
   * Nouns that take up, after a definite article, the act the article reports ("condemned the move", "criticised the
   * decision as hasty"): with no one named in the rest of the clause, a judgement of it (see `judgesActs`) is of the
   * article's first subjects, or of whom they judge in its first sentence ("Kenya condemns Uganda's ban").
   */
  readonly storyActs?: PhraseSet;
  /** A noun that names the act by its verb ("vụ phóng", the launch): it takes up the act only where that verb was told. */
  readonly actByVerb?: string;
  /** Words between a judgement and the act it takes up: "bày tỏ quan ngại về/trước động thái này" (about, at). */
  readonly judgedAbout?: ReadonlySet<string>;
  /**
   * Being on someone's list, said before a nominal cue: "X nằm trong danh sách trừng phạt của Y" (X is on Y's
   * sanctions list): the clause's subject is what the list's owner acts on.
   */
  readonly listedOn?: PhraseSet;
  /**
   * Nouns that name an act of a kind the article told before ("condemned the sanctions", "denounced the visit"): with
   * no one named in the rest of the clause, a judgement of it (see `judgesActs`) is of whoever did the events of that
   * type told before, when one did them all. `judgedBy`: only judgements of these types take the act up (criticism of
   * "the deal" is of its parties; praise of it is as often of those who brokered it).
   */
  readonly namedActs?: ReadonlyArray<{
    readonly type: RelationType;
    readonly nouns: PhraseSet;
    readonly judgedBy?: ReadonlySet<RelationType>;
  }>;
  /** The relations that judge an act, and so its doer: criticism, praise. */
  readonly judgesActs?: ReadonlySet<RelationType>;
  /** A word that makes a clause a noun ("lên án việc phương Tây cung cấp ..."): its doer is named inside it or not at all. */
  readonly clauseNoun?: string;
  /**
   * Nouns of an act that, owned by a name after the owner word (`ownerAfterVerb`), stand for their owner after a verb
   * that labels what it names next ('gọi quyết định của X là "..."'); so does a clause made a noun (`clauseNoun`) for
   * its doer, up to the word the labelling cue awaits ('gọi việc X làm ... là "..."').
   */
  readonly labelledActs?: PhraseSet;
  /**
   * "phương Tây" (the West), "cộng đồng quốc tế": many states as one, a doer no actor stands for. Right before a cue
   * (past a few plain words), not listed after an actor ("Mỹ và phương Tây"), it does the act, so no one named does.
   */
  readonly unnamedDoers?: PhraseSet;
  /** A person's being in their own country is no visit: the pack's visit cues (attending, arriving) say so of home trips too. */
  readonly noVisitHome?: boolean;
  /** A foreign visitor's visit to a place the lexicon or article puts in a country is a visit to that country too (see countryOfVisits). */
  readonly countryOfVisits?: boolean;
  /** Officers sign for their states: a signing with a person at one end is one between the two countries too (see signedByOfficers). */
  readonly signedByOfficers?: boolean;
  /** What an officer gives, their state gives: a supply by a person with one country's office is that country's. */
  readonly suppliesByState?: boolean;
  /**
   * Goods sent with no recipient named, and no word that marks one, go to the recipient of a supply told just before
   * ("A gửi tên lửa cho X. B sau đó cũng cung cấp đạn pháo": B supplies X).
   */
  readonly suppliesToContext?: boolean;
  /**
   * Relief sent to a plain place of need ("gửi hàng cứu trợ tới vùng lũ") or to no one named goes to the one country
   * the article tells a disaster struck: a country named with a disaster word, neither the sentence's subject nor a doer
   * there, when the article so far names exactly one (see suppliesToContext).
   */
  readonly stricken?: { readonly disasters: PhraseSet; readonly placesOfNeed: PhraseSet };
  /**
   * With no dateline, a bare office before an unknown foreign name is held in the one foreign country the article is
   * about ("Tổng thống X" in a story of one country), as it would be in the dateline's.
   */
  readonly focusIsHome?: boolean;
  /**
   * With no country named far more often than any other, the one the article opens on ("Sri Lanka: Tổng thống X trốn
   * sang Maldives"), when none is named more often, is its focus (see focusCountry).
   */
  readonly focusOpens?: boolean;
  /** Words that open an aside between a subject and its verb ("X, which ..., condemned"). */
  readonly asideOpeners?: ReadonlySet<string>;
  /** The doer of a charged event must be named inside the charge (never the accuser before it). */
  readonly chargedDoerInside?: boolean;
  /** A relative clause whose "with" is its antecedent: "X, with whom he held talks". */
  readonly relativeWith?: readonly string[];
  /** A speaker's label before an object: "condemned what she called X's buildup" (the opener, then the labelling verbs). */
  readonly label?: { readonly opener: string; readonly verbs: PhraseSet };
  /** A relative pronoun that stands for a verb's object: "X, whom he thanked". */
  readonly relativeObject?: readonly string[];
  /**
   * "sanctioned A and B, which it accused of ...": a relative clause after a comma whose subject (a name, or one of
   * `pronouns`, standing for the sentence's subject) stands right before its verb, maybe past `between` words ("has
   * long"): the verb acts on the names before the comma. `relatives` open it; `types` are the relations so read.
   */
  readonly sharedSubject?: SharedSubjectWords;
  /**
   * Nouns of businesses a country only qualifies: "sanctioned a Chinese refinery", "các ngân hàng Trung Quốc hỗ trợ X",
   * "doanh nghiệp của Y": the firm acts or is acted on, not its country. `before`: the noun stands before the country
   * (past plain words), as in Vietnamese; else after it, past plain words ("Chinese oil firms"). A firm the `state` words
   * say the state owns stands for its country ("công ty nhà nước X", "a Chilean state-owned company").
   */
  readonly firms?: { readonly nouns: PhraseSet; readonly before: boolean; readonly state: PhraseSet };
  /** Plural nouns of people whom a country before them only qualifies: "met Kenyan marines" meets no country. */
  readonly peopleMet?: PhraseSet;
  /** Words that open what an accusation charges: "accused A and B of ...", "blamed A for ...". */
  readonly chargeOpeners?: ReadonlySet<string>;
  /**
   * The charge follows whom it charges with no word opening it ("cáo buộc A và B cung cấp vũ khí cho C"): every name
   * listed right after the first one charged is charged too.
   */
  readonly chargeFollowsBare?: boolean;
  readonly objectRelative?: {
    readonly relatives: ReadonlySet<string>;
    readonly pronouns: ReadonlySet<string>;
    readonly between: ReadonlySet<string>;
    readonly types: ReadonlySet<RelationType>;
  };
  /**
   * "X closed the border, a step Y condemned": nouns that sum up the main clause's deed in apposition, whose relative
   * clause's verb then acts on the main clause's subject.
   */
  readonly summaryNouns?: ReadonlySet<string>;
  /**
   * The passive voice: "Iran bị Mỹ trừng phạt" (a marker, the doer, the verb) or "Iran was sanctioned by the
   * US" (a marker, the verb, the agent word, the doer).
   */
  readonly passive: PassiveWords;
  /** The passive marker that also takes a meeting's doer after it ("được"). */
  readonly benefactivePassive: string;
  /** Words after a delegation's noun cue before who was met ("cuộc gặp phái đoàn Nga"). */
  readonly delegation: ReadonlySet<string>;
  /**
   * "received a delegation of X led by Y": whom one meets in a delegation is its leader, named after `ledBy`. With
   * `closed`, the leader counts only before one of the clause words' led-by closers ("đoàn do Y dẫn đầu"), past an
   * office's words before the name and a comma-closed aside after it; `notAfter`: words that make the noun another
   * body's ("tập đoàn", "công đoàn").
   */
  readonly delegationLed?: {
    readonly nouns: ReadonlySet<string>;
    readonly ledBy: PhraseSet;
    readonly closed?: boolean;
    readonly notAfter?: ReadonlySet<string>;
  };
  /** "chào đón X đến thăm": a visit verb right after the one welcomed. */
  readonly visitVerb: string;
  /** "welcomed X to Y": the word after the guest before the place the guest visits. */
  readonly welcomedTo?: string;
  /**
   * "Đón X tại sân bay có A và B": a welcome opening its sentence with no one before it, then this word, then those who
   * welcomed X (each met X).
   */
  readonly welcomersAfter?: string;
  /** Nouns for a leader's government: "chính quyền Tổng thống X" stands for X's country. */
  readonly administrations?: PhraseSet;
  /** First words of a building's name ("Nhà khách X", "Phủ Y"): a building is no venue one visits (see venueOf). */
  readonly buildings?: PhraseSet;
  /** "hosted X at the Elysee", "received X in Hanoi": words after the guest before where the guest was received. */
  readonly hostedAt?: ReadonlySet<string>;
  /** Motion verbs that, after the one welcomed, make the welcome a visit ("đến", "tới"). */
  readonly motionVerbs: ReadonlySet<string>;
  /** After a visited place, words before the country it is in ("X của Nga", "X, Nga"). */
  readonly placeOf: ReadonlySet<string>;
  /** "cảm ơn B vì ...": words that give the reason for thanks, then words skipped before it. */
  readonly thanksReason: ReadonlySet<string>;
  readonly thanksReasonSkip: ReadonlySet<string>;
  /** "cảm ơn về sự đón tiếp mà X dành cho": words after a reason that name whom the thanks go to ("mà", "của"). */
  readonly thanksGiverMarkers?: ReadonlySet<string>;
  /**
   * Acts thanked for by their noun with no one named ("B cảm ơn lời chúc mừng", "cảm ơn sự tiếp đón chu đáo"): the
   * relation of that act told in the clause or sentence before, whose doer the thanks go to when it was done to the
   * one who thanks.
   */
  readonly thanksForActs?: ReadonlyArray<{ readonly type: RelationType; readonly nouns: PhraseSet }>;
  /** First words of a reason that is support ("vì sự ủng hộ"). */
  readonly supportReason: ReadonlySet<string>;
  /** How far after the reason word an owned support may be named: "for Riyadh's strong support", "for his 'clear support'". */
  readonly supportOwnedReach?: number;
  /** "A thanked B for its support": the support went to A's one country where A has one (THANKED_SUPPORT_RULE). */
  readonly thankedSupportByCountry?: boolean;
  /**
   * Reporting verbs ("said", "says"): what an actor reports another actor did with a charge word ("X said Y had
   * supplied arms") is alleged; what it reports of itself ("said it had sent") is not.
   */
  readonly reportedCharge?: PhraseSet;
  /** Owner words that may stand before the one a cue acts on: "hosted his counterpart X", "led by its chairman X". */
  readonly owners?: ReadonlySet<string>;
  /** "arrived here": a word that stands for the place of the article's dateline. */
  readonly here?: ReadonlySet<string>;
  /** "thanked X for its support to Y": the word after the support that names whom it went to, if not the thanker. */
  readonly supportTo?: ReadonlySet<string>;
  /**
   * An act told from whom it reaches: "X nhận được sự ủng hộ của A" (received A's support), "X hứng chỉ trích từ A".
   * `verbs` receive, `fillers` may stand between them and the cue, `from` names the doer after it.
   */
  readonly received?: { readonly verbs: PhraseSet; readonly fillers: ReadonlySet<string>; readonly from: ReadonlySet<string> };
}

/**
 * "A said B would host the talks and thanked C", "A accused B of lying and praised C": a past form right after "and"
 * can join neither the bare form a modal governs nor a gerund, so it goes on the clause of the reporting or accusing
 * verb before, and has its subject.
 */
export interface SharedSubjectWords {
  /** Verbs that report a clause ("said", "told"). */
  readonly reporting: PhraseSet;
  /** Words that govern a bare form ("would", "will"). */
  readonly bare: ReadonlySet<string>;
  /** The word that opens a charge ("accused B of ..."), and the ending of its gerund ("-ing"). */
  readonly chargeOf: string;
  readonly gerund: string;
  /** The perfect gerund ("of having sent ... and supplied"), after which a past form is a participle of the charge. */
  readonly perfect: string;
}

export interface PassiveWords {
  /** "được", "bị"; "was", "been". */
  readonly markers: ReadonlySet<string>;
  /** Where the doer stands: between marker and verb (Vietnamese), or after the verb and the agent word (English). */
  readonly doer: "before-verb" | "after-verb";
  /** "by": the word before an English passive's doer. */
  readonly agentWord: string;
}

/** Modality: what makes an event planned, alleged, or not stated at all. */
export interface ModalityWords {
  /**
   * "sẽ tiếp tục cung cấp vũ khí": a future of going on that names an act done again (a supply, a visit) is a plan; a
   * stance that goes on ("sẽ tiếp tục ủng hộ") stays stated. The words end right before the event, past a few words.
   */
  readonly continuedActs?: { readonly words: PhraseSet; readonly types: ReadonlySet<RelationType> };
  /**
   * "agreed to expand trade during talks": a commitment made at an event named after a scene word; the event
   * happened though what was committed to lies ahead.
   */
  readonly commitmentAt?: { readonly scenes: ReadonlySet<string>; readonly commitments: PhraseSet };
  /** "to": the marker of an infinitive, right before its verb. */
  readonly infinitive?: string;
  /**
   * "Japan promised on Tuesday to provide radars": a verb of commitment, then (past a date or so) the infinitive
   * marker right before the event: what is promised lies ahead.
   */
  readonly commitmentVerbs?: PhraseSet;
  /**
   * "left Rome on Monday for a tour of X": a named event that is the purpose ("for") of a departure lies ahead of
   * it.
   */
  readonly departurePurpose?: { readonly departures: PhraseSet; readonly purpose: string };
  readonly negators: PhraseSet;
  /** Denying a charge ("bác bỏ cáo buộc của X") does not undo that X made it. */
  readonly denials: PhraseSet;
  /** Negation words that negate nothing ("không ngừng"). */
  readonly notNegation: PhraseSet;
  readonly hypothetical: PhraseSet;
  /**
   * "said he would visit": a hypothetical word ("would") reported a few words after a reporting verb is a future
   * told in the past, a plan, unless one of `conditions` follows the event ("said he would visit X if invited").
   */
  readonly reportedFuture?: { readonly reporting: PhraseSet; readonly words: PhraseSet; readonly conditions?: PhraseSet };
  /** Denying reports states nothing of what they report. */
  readonly deniedReports: PhraseSet;
  readonly alleged: PhraseSet;
  readonly planned: PhraseSet;
  /** Requests and calls ("kêu gọi X cung cấp"): a verb event asked for in the same clause is planned, not a fact. */
  readonly requests?: PhraseSet;
  /** What a request states of the event asked for: planned (the default), or nothing ("called on X to meet Y"). */
  readonly requestStates?: "planned" | "nothing";
  readonly occurred: PhraseSet;
  /** After a nominalized event: it is planned ("chuyến thăm ... sẽ"). */
  readonly plannedAfter: PhraseSet;
  /** After a nominalized event, words that call it off ("the visit was postponed"). */
  readonly negatedAfter?: PhraseSet;
  /** Right after an event verb, an object that negates it ("signed nothing", "sent no troops"). */
  readonly negatedObjects?: PhraseSet;
  /** After a planned event, a contrast word and then words that call the plan off ("was due to visit X, but cancelled"). */
  readonly calledOff?: { readonly contrast: ReadonlySet<string>; readonly words: PhraseSet };
  /** Words that make an event the object of another verb ("việc gửi quân"). */
  readonly embedders: ReadonlySet<string>;
  /** An event named as a topic is not stated to happen. */
  readonly topic: PhraseSet;
}

/** Words of standing facts: kinship and where places are. */
export interface StaticWords {
  readonly parentWords: ReadonlySet<string>;
  readonly childWords: ReadonlySet<string>;
  /** "X ở Y", "X, Y": a place inside another. */
  readonly insideMarkers: ReadonlySet<string>;
  /** Words between the marker and the name ("thuộc bang Bayern"). */
  readonly placeWords: ReadonlySet<string>;
  /**
   * Words that are place words only before another ("X, phía bắc Y": north of Y), and otherwise something else
   * ("phía Y": Y's side).
   */
  readonly placeWordLeads?: ReadonlySet<string>;
  /** Words after a number that make it an age in an apposition: "A, 37 tuổi, con trai của B". */
  readonly ageUnits?: ReadonlySet<string>;
  /** "cha mình (X)": a kin word with the reflexive names the clause's subject's kin, the name in apposition. */
  readonly reflexive?: ReadonlySet<string>;
  /**
   * A place named by its kind: "the Vietnamese coastal city of X" (a country's adjective, then these words, then
   * `of`), "X, a port city in Y" (an article, then these words, then an inside marker).
   */
  readonly placeKinds?: { words: ReadonlySet<string>; nouns: ReadonlySet<string>; of: string; articles: ReadonlySet<string> };
  /** "X, located in Y", "X, which lies within Y": a clause after a place's comma that puts it inside another. */
  readonly locatedPhrases?: PhraseSet;
  /**
   * "X có trụ sở tại Y", "X, tập đoàn có trụ sở tại Y": where a body or a place has its seat, after it, its comma, or
   * a few words of its kind.
   */
  readonly seatPhrases?: PhraseSet;
  /**
   * "căn cứ X gần Y", "khu X, ngoại ô thủ đô Y" (`phrases`), "khu X, cách Y 80 km" (`distance`, a number after the
   * city): a place beside a city, after the place or its comma, lies in the city's country.
   */
  readonly nearCity?: { readonly phrases: PhraseSet; readonly distance: PhraseSet };
  /** "X, thủ phủ tỉnh Y", "X, thành phố lớn thứ hai của Y": a kind of place in apposition, then where it lies. */
  readonly kindFirst?: { readonly nouns: PhraseSet; readonly of: ReadonlySet<string> };
  /** Compass points that describe a place's kind: "the southern city of X" is placed within a country already known. */
  readonly directions?: ReadonlySet<string>;
  /**
   * Kind words right before a known place's name that place it where the lexicon does ("tỉnh X", "bang Y": a
   * province or a state, so a part of its country), when no country stands in the phrase.
   */
  readonly placingKinds?: ReadonlySet<string>;
  /**
   * "thủ phủ X" (`seats`): the seat of a state or province, named with no place it belongs to, lies in the state or
   * province the article names by one of `regions` ("bang Y", "tỉnh Z"): the last before it, else the next in its
   * sentence.
   */
  readonly regionSeats?: { readonly seats: ReadonlySet<string>; readonly regions: ReadonlySet<string> };
  /**
   * "the Bolivian state-owned mining company X", "Kenya's national power company, X": nouns for a kind of
   * company that, after a country's adjective or possessive and a few plain words, put the body named next in it.
   */
  readonly companyKinds?: ReadonlySet<string>;
}

export interface NativeNames {
  /** The lexicon name of the country. */
  readonly country: string;
  /** The country's name as the language writes it ("Việt Nam"): it closes the name of a native body named without it. */
  readonly written?: string;
  looksNative(name: string): boolean;
}
