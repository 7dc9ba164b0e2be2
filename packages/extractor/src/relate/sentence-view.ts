import type { EntityType } from "@news-kg/schema";
import type { ResolvedMention } from "../resolve/resolve-article.ts";
import type { FoundDate } from "../dates/find-dates.ts";
import type { Token } from "../text/tokenize.ts";
import type { ClauseWords, LanguagePack } from "../lang/language-pack.ts";
import { PhraseIndex, SentencePhrases, type PhraseSet } from "./phrase-set.ts";

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(["PERSON", "COUNTRY", "ORGANIZATION"]);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(["COUNTRY", "LOCATION"]);
export const isActor = (m: ResolvedMention) => ACTOR_TYPES.has(m.type);
export const isPlace = (m: ResolvedMention) => PLACE_TYPES.has(m.type);

/** Punctuation that always ends a clause. Quotes do not: news quotes parts of clauses. */
const HARD_BREAKS = new Set([";", ":", "?", "!", "(", ")", "[", "]"]);

/** How many words a bracketed aside that parts no clause may have: a photo position, a short gloss. */
const MAX_ASIDE = 4;

/** How many words an owner's head may have before its name: "của Bộ Ngoại giao X". */
const OWNER_HEAD_WORDS = 3;

/** How many letters a participle's stem has at least: "calling", not "bring" or "king". */
const MIN_STEM = 2;

/** How many words a kind of place may have before its name ("căn cứ không quân"). */
const PLACE_KIND_WORDS = 4;

/** How far "do" (led by) may stand from the words that close it. */
const LED_BY_REACH = 10;

/** How many words may name the people who act for those named after them ("heads of government of"). */
const ACTING_FOR_WORDS = 4;

/**
 * A view's dates until withDates gives them. One shared function, not one per view: under tsx (esbuild keepNames)
 * each closure made costs a defineProperty.
 */
const NO_DATES = (): FoundDate[] => [];

/**
 * What the article told before a sentence that the sentence's rules may read: each rule that reads across sentences
 * finds its part here, so the view is built the same way whatever rules a pack has.
 */
export interface ArticleContext {
  /** The country of the article's dateline, by entity id: where "here" is. */
  readonly here?: string;
  /** The sentence before, when it named anyone: who did what it told (see RelationWords.actAnaphors). */
  readonly previous?: SentenceView;
  /** Who did the events the article told before this sentence, by type: entity id to entity type (see RelationWords.namedActs). */
  readonly told?: ReadonlyMap<string, ReadonlyMap<string, EntityType>>;
  /** The recipient of the supply the article told last, a few sentences back at most (see RelationWords.suppliesToContext). */
  readonly aidRecipient?: ResolvedMention;
  /** The one country the article tells a disaster struck, so far (see RelationWords.stricken). */
  readonly stricken?: ResolvedMention;
  /** The one foreign country the article is about, if any (see RelationWords.actsOfRulers). */
  readonly focus?: ResolvedMention;
  /** The body the article said last that someone joins (see RelationWords.accessionDocuments). */
  readonly joined?: ResolvedMention;
  /** Whose act the article reports: its first sentence's subjects, or whom they judge there (see RelationWords.storyActs). */
  readonly story?: readonly ResolvedMention[];
}

/** Each pack's phrase sets that rules look for all over sentences (see SentenceView.phraseStarts). */
const PHRASE_INDEXES = new WeakMap<LanguagePack, PhraseIndex>();
function phraseIndexOf(pack: LanguagePack): PhraseIndex {
  let index = PHRASE_INDEXES.get(pack);
  if (!index) PHRASE_INDEXES.set(pack, (index = new PhraseIndex()));
  return index;
}

/** How many plain words (tense, aspect: "đã", "cũng sẽ") may stand between a clause's doer and its verb (see opensOwnClause). */
const OWN_VERB_GAP = 2;

/** How many tokens the rest of an office set off after a person may take ("of the Office of the X Committee"). */
const OFFICE_TAIL_REACH = 20;

/** One sentence: its tokens, and which mention covers each token. */
export class SentenceView {
  readonly mentionAt: (ResolvedMention | undefined)[];
  /**
   * Where mentions start that a cue of the sentence acts on (right after it, or its object): such a mention is
   * that cue's object, not the doer of another. Found from all cues at once, so no cue's reading depends on
   * the order in which cues are related.
   */
  readonly actedOn: ReadonlySet<number> = new Set<number>();
  /** Where the sentence's cues start: a name right before one may open a clause of its own (see opensOwnClause). */
  readonly cueStarts: ReadonlySet<number> = new Set<number>();
  /** Where the sentence's cues end: a list right after one is that cue's object (see opensOwnClause). */
  readonly cueEnds: ReadonlySet<number> = new Set<number>();

  /** The sentence's date expressions, found when first asked (see inDate). */
  private readonly dates: () => FoundDate[] = NO_DATES;
  private dated?: boolean[];

  private readonly keys: string[];
  private readonly breaks: boolean[];
  private readonly starts: number[];
  /** Where the phrase sets rules look for all over the sentence start: shared by the view's copies. */
  private readonly phrases: SentencePhrases;

  /** The clause words of the sentence's language. */
  readonly words: ClauseWords;

  constructor(
    readonly tokens: Token[],
    readonly mentions: ResolvedMention[],
    readonly pack: LanguagePack,
    /** What the article told before this sentence. */
    readonly context: ArticleContext = {},
  ) {
    this.words = pack.clauses;
    this.mentionAt = new Array(tokens.length);
    for (const m of mentions) for (let i = m.from; i < m.to; i++) this.mentionAt[i] = m;
    this.keys = tokens.map((t) => t.key);
    this.phrases = new SentencePhrases(this.keys, phraseIndexOf(pack));
    this.breaks = tokens.map((_, i) => this.breaksAt(i));
    // Clause starts in one pass: a clause begins after a break (after all of it, for "cho biết").
    this.starts = new Array(tokens.length + 1);
    let start = 0;
    for (let i = 0; i <= tokens.length; i++) {
      this.starts[i] = start;
      // An opener inside the opener just passed ("khi" of "trong khi") opens nothing of its own.
      if (this.breaks[i] && i < start && this.key(i) !== ",") this.breaks[i] = false;
      else if (this.breaks[i]) start = i + (this.phraseAt(i, this.words.openers) || 1);
    }
  }

  /** The first actor that can be the sentence's subject: who does what it tells. */
  firstDoer(): ResolvedMention | undefined {
    // "Tên lửa do A phóng đã bay qua X": what the sentence told was done by the agent of what it describes too.
    return this.mentions.find((m) => this.canBeSubject(m, false, true));
  }

  /** The same sentence, with where its cues start and end. */
  withCueStarts(cueStarts: ReadonlySet<number>, cueEnds: ReadonlySet<number> = new Set<number>()): SentenceView {
    return this.with({ cueStarts, cueEnds });
  }

  /** The same sentence, with the mentions its cues act on. */
  withActedOn(actedOn: ReadonlySet<number>): SentenceView {
    return this.with({ actedOn });
  }

  /** A copy of this view with `fields` (some of its own, private ones too) in place of its own. */
  private with(fields: object): SentenceView {
    return Object.assign(Object.create(SentenceView.prototype) as SentenceView, this, fields);
  }

  /** The same sentence, with where its date expressions are. */
  withDates(dates: () => FoundDate[]): SentenceView {
    return this.with({ dates, dated: undefined });
  }

  /** Whether token `i` is part of a date expression ("ngày 2/4", "on March 3"). */
  inDate(i: number): boolean {
    this.dated ??= this.tokens.map((t) => this.dates().some((d) => t.start >= d.start && t.end <= d.end));
    return !!this.dated[i];
  }

  key(i: number): string {
    return this.keys[i] ?? "";
  }

  /** The keys of tokens [from, to), space-joined: a phrase to look up in a pack's set. */
  keysOf(from: number, to: number): string {
    return this.keys.slice(from, to).join(" ");
  }

  /** The tokens [from, to) as written, space-joined: a name as the lexicon keys it (see nameKey). */
  writtenOf(from: number, to: number): string {
    return this.tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(" ");
  }

  /** Whether the words at `i` are `words` (lower case). */
  matches(i: number, words: readonly string[]): boolean {
    // A loop, not `every`: called millions of times, mostly failing on the first word.
    for (let k = 0; k < words.length; k++) if (this.key(i + k) !== words[k]) return false;
    return true;
  }

  /** Length in tokens of the longest of `phrases` found at `i`, or 0. */
  phraseAt(i: number, phrases: PhraseSet): number {
    return phrases.lengthAt(this.keys, i);
  }

  /**
   * Where the phrases of `phrases` start, left to right: for rules that look for them all over the sentence, which
   * is looked over once for all such sets (see PhraseIndex).
   */
  phraseStarts(phrases: PhraseSet): readonly number[] {
    return this.phrases.startsOf(phrases);
  }

  /** Where the first of `phrases` outside names starts (Infinity if nowhere). */
  firstPhrase(phrases: PhraseSet): number {
    return this.phraseStarts(phrases).find((i) => !this.mentionAt[i]) ?? Infinity;
  }

  /** A comma between two names of one list ("Mỹ, Pháp và Anh"), not after a phrase like "Tại Bình Nhưỡng,". */
  isListComma(i: number): boolean {
    const before = this.mentionAt[i - 1];
    // "A, the B and the C": a definite article may open each name of the list.
    const opened = this.pack.mentions.articles.has(this.key(i + 1)) && this.mentionAt[i + 2]?.from === i + 2;
    const after = this.mentionAt[opened ? i + 2 : i + 1];
    if (this.key(i) !== "," || !before) return false;
    if (!after) return this.isSerialComma(i, before);
    // "sanctions on A, B and C": after a preposition only a list that closes before any verb ("In Hanoi, A and B met" is none).
    if (this.words.notSubjectAfter.has(this.key(before.from - 1)) && !this.actsFor(before.from - 1) && !this.closedListAt(i)) return false;
    // "A, B and C": where lists end in a conjunction, a name after a comma that goes on to a verb is a new clause's doer.
    if (this.key(0) === this.words.according && this.closesLeadingClause(i)) return false;
    if (this.isHeadlinePair(before, after)) return true;
    if (this.words.listEndsWithConjunction || this.closesLeadingClause(i)) return this.words.joiners.has(this.key(after.to));
    return true;
  }

  /**
   * "Ruto, Kishida hold talks": a headline (a line that ends on no mark) opening on two people parted by a comma,
   * as lists end in a conjunction elsewhere; not "Ruto, Kenya's president, ...". Countries so paired often only
   * qualify a noun ("Vietnam, Laos leaders meet").
   */
  private isHeadlinePair(before: ResolvedMention, after: ResolvedMention): boolean {
    const headline = this.words.listEndsWithConjunction && !!this.tokens.at(-1)?.word && before.from === 0;
    const people = before.type === "PERSON" && after.type === "PERSON";
    return headline && people && !this.pack.mentions.possessiveClitics.has(this.key(after.to));
  }

  /** "A, B, and C": a comma before the closing conjunction, after a name a list comma reached. */
  private isSerialComma(i: number, before: ResolvedMention): boolean {
    const conjunction = this.key(i + 1);
    if (conjunction === "," || !this.words.joiners.has(conjunction) || this.mentionAt[i + 2]?.from !== i + 2) return false;
    return this.key(before.from - 1) === "," && this.isListComma(before.from - 1);
  }

  /**
   * Whether the comma at `i` goes on to a list of names of one kind that a conjunction closes, after which the
   * clause has no verb of which the names could be doers: "on A, B and C." or "... and C over ...".
   */
  private closedListAt(i: number): boolean {
    if (!this.words.listEndsWithConjunction) return false;
    const kind = this.mentionAt[i - 1]!.type;
    let j = i;
    for (let closed = false; ; ) {
      let k = j;
      while (this.words.joiners.has(this.key(k))) {
        closed ||= this.key(k) !== ",";
        k++;
      }
      const item = this.mentionAt[k];
      if (k === j || !item || item.from !== k || item.type !== kind) return false;
      j = item.to;
      if (closed) {
        const next = this.tokens[j];
        return !next?.word || (this.words.notSubjectAfter.has(this.key(j)) && !this.words.joiners.has(this.key(j)));
      }
    }
  }

  /**
   * "Khi gặp A, B phát biểu": in a sentence that opens with a leading clause, a comma may close it, unless an earlier
   * comma did ("Khi gặp A, B và C, D phát biểu": only the comma before D).
   */
  private closesLeadingClause(i: number): boolean {
    // "Theo A, B ...": a source is named alone, its comma closes it.
    if (this.key(0) === this.words.according) return !this.keys.slice(0, i).includes(",");
    const opener = this.phraseAt(0, this.words.openers);
    if (!this.words.leadingPhrase.has(this.key(0)) && !(opener > 0 && this.key(opener - 1) === this.words.when)) return false;
    for (let j = 0; j < i; j++) {
      const next = this.mentionAt[j + 1];
      if (this.key(j) === "," && !(next && this.words.joiners.has(this.key(next.to)))) return false;
    }
    return true;
  }

  /** "Busan, Hàn Quốc": a place and the country it is in. */
  isPlaceComma(i: number): boolean {
    return this.key(i) === "," && this.mentionAt[i - 1]?.type === "LOCATION" && this.mentionAt[i + 1]?.type === "COUNTRY";
  }

  /** A clause boundary at token i. */
  isBreak(i: number): boolean {
    return this.breaks[i] ?? false;
  }

  private breaksAt(i: number): boolean {
    const key = this.key(i);
    if (this.mentionAt[i] && this.mentionAt[i]!.from < i) return false; // inside "X, the Russian president,"
    if ((key === "(" && this.asideEnd(i) >= 0) || (key === ")" && this.asideStart(i) >= 0)) return false; // "Pháp (giữa)"
    if (HARD_BREAKS.has(key)) return true;
    if (key === "," || key === "–" || key === "—") return !this.isListComma(i) && !this.isPlaceComma(i);
    if (this.words.notOpening.get(key)?.includes(this.key(i + 1))) return false; // "khi đó" (then), "song phương" (bilateral)
    const opener = this.mentionAt[i] ? 0 : this.phraseAt(i, this.words.openers);
    return opener > 0 && !(this.words.openerAsNoun && this.key(i + opener) === this.words.openerAsNoun);
  }

  /** First token of the clause that holds token `i`. */
  clauseStart(i: number): number {
    return this.starts[Math.max(0, Math.min(i, this.tokens.length))]!;
  }

  /** One past the last token of the clause that holds token `i`. */
  clauseEnd(i: number): number {
    let j = i + 1;
    while (j < this.tokens.length && !this.isBreak(j)) j++;
    return j;
  }

  /**
   * Mentions that may be the doer of an action: actors not governed by a preposition or possessive. A
   * mention right after another cue is that cue's object, and the doer only of what comes straight after
   * it ("mời Tổng thống Putin thăm", "cáo buộc Bình Nhưỡng gửi").
   */
  canBeSubject(m: ResolvedMention, adjacent = false, agents = false): boolean {
    let before = m.from - 1;
    while (this.pack.mentions.determiners.has(this.key(before))) before--; // "to the North Korean ruler"
    before -= this.placeKindEndingAt(before); // "tại thủ đô X": the kind of place does not part X from its preposition
    // "A met B and the two leaders signed ...": a group after "and" opens a clause of its own, comma or not (it stands
    // for the ones just named, so it cannot join their list); so does any actor right before its verb after a comma
    // and "and" ("X denounced the move, and Foreign Minister Y accused Z of ...").
    const afterAnd = this.key(before) === this.pack.mentions.and;
    const opensClause = afterAnd && (m.kind === "group" || (adjacent && this.key(before - 1) === ","));
    // "an invitation to X to visit Y": the guest the invitation is handed to does what it is to.
    const invitationTo = this.pack.relations.invitationTo;
    const guest = !!invitationTo && this.matches(before + 1 - invitationTo.length, invitationTo);
    const notSubject = this.words.notSubjectAfter.has(this.key(before)) && !opensClause && !this.actsFor(before) && !guest;
    if (!isActor(m) || notSubject || this.key(m.from - 1) === "(" || this.insideOwner(m) || this.participleObject(m, before)) return false;
    if (this.ownsNext(m)) return false;
    if (this.framesSide(m, before)) return false;
    // "N do A chế tạo và hứa sẽ gửi ...": the agent of a phrase that describes a thing (made, given by A) does
    // only what follows it at once; a delegation's leader ("đoàn do A dẫn đầu") does what the delegation does.
    const agent = this.words.ledBy.opener;
    if (agent && !adjacent && !agents && this.key(before) === agent && this.skipLedBy(before) === before) return false;
    const start = this.clauseStart(m.from);
    if (this.isSourceAt(start) || this.isSourceAt(start + 1)) return false; // "(Còn) theo hãng tin X,": a source
    return adjacent || !this.actedOn.has(m.from);
  }

  /**
   * Whether `m` follows the affiliation word ("of A") with no plural people acting for it before ("the borders of A",
   * not "the leaders of A"); not a fronted setting ("In Lima, A and B signed").
   */
  private governedAt(m: ResolvedMention): boolean {
    let before = m.from - 1;
    while (this.pack.mentions.determiners.has(this.key(before))) before--;
    return (
      this.key(before) === this.pack.mentions.affiliationAfter && this.words.notSubjectAfter.has(this.key(before)) && !this.actsFor(before)
    );
  }

  /** "the leaders of A ...": the affiliation word at `at` follows plural people who act for what it names (see MentionWords.actingFor). */
  private actsFor(at: number): boolean {
    const { actingFor, affiliationAfter, determiners } = this.pack.mentions;
    if (!actingFor || this.key(at) !== affiliationAfter) return false;
    for (let length = 1; length <= ACTING_FOR_WORDS && at - length >= 0; length++)
      // "The leaders of A", or "Leaders of A" opening the sentence.
      if (this.phraseAt(at - length, actingFor) === length) return at - length === 0 || determiners.has(this.key(at - length - 1));
    return false;
  }

  /** "theo" (according to) at `at`, not in a phrase that names no source. */
  private isSourceAt(at: number): boolean {
    const { according, accordingNot } = this.words;
    return this.key(at) === according && !(accordingNot && this.phraseAt(at + 1, accordingNot));
  }

  /** How many tokens a kind of place ending at `at` takes ("thủ đô", "căn cứ hải quân"), or 0. */
  private placeKindEndingAt(at: number): number {
    for (let length = 1; length <= PLACE_KIND_WORDS && at - length >= 0; length++)
      if (!this.mentionAt[at] && this.phraseAt(at - length + 1, this.pack.relations.placeHeads) === length) return length;
    return 0;
  }

  /** ", calling X a dictator and accusing Y": `m` is the object of the participle at `before` that opens a clause. */
  private participleObject(m: ResolvedMention, before: number): boolean {
    const clause = this.words.participleClause;
    const key = this.key(before);
    if (!clause || this.key(before - 1) !== "," || this.mentionAt[before] || clause.reporting.has(key)) return false;
    return key.length > clause.suffix.length + MIN_STEM && key.endsWith(clause.suffix) && this.key(m.to) !== this.pack.modality.infinitive;
  }

  /**
   * "Về phía Chile, Tổng thống X ca ngợi ...": a side named before a comma and the person who speaks for it frames
   * the clause; the person acts, not the side ("Phía Chile bác bỏ ..." still does).
   */
  private framesSide(m: ResolvedMention, before: number): boolean {
    const side = this.pack.mentions.side;
    return !!side && this.key(before) === side && this.key(m.to) === "," && this.mentionAt[m.to + 1]?.type === "PERSON";
  }

  /** "A and his wife B": an owner's pronoun at `j` before a collective word ("wife", "government") is part of the list's words. */
  private ownsCollective(j: number): boolean {
    const m = this.mentionAt[j]!;
    return m.from === j && m.to === j + 1 && this.ownsNext(m) && this.words.collectives.has(this.key(j + 1));
  }

  /** "demanded his release and accused X": an owner's pronoun before a plain word owns it and is no subject. */
  private ownsNext(m: ResolvedMention): boolean {
    const next = this.tokens[m.to];
    return (
      m.kind === "pronoun" &&
      this.pack.mentions.possessivePronouns.has(this.key(m.from)) &&
      !!next?.word &&
      !next.capitalized &&
      !this.mentionAt[m.to]
    );
  }

  /** "A của Bộ Ngoại giao X": a name at the end of a possessive phrase whose head words are not a name of their own. */
  private insideOwner(m: ResolvedMention): boolean {
    for (let i = m.from - 1; i >= Math.max(0, m.from - 1 - OWNER_HEAD_WORDS); i--) {
      if (this.mentionAt[i] || !this.tokens[i]!.word || this.breaks[i]) return false;
      if (i < m.from - 1 && this.key(i) === this.pack.mentions.possessive) return !this.actsFor(i);
    }
    return false;
  }

  /**
   * Mentions joined to `m` by "và", "cùng", "," on its right: "Nga và Triều Tiên", "ông Blinken cùng Tổng
   * thống Biden", "Tổng thống Lee, Chính phủ và nhân dân Hàn Quốc", "phái đoàn Mỹ do X dẫn đầu, phái đoàn Nga".
   */
  coordinatedAfter(m: ResolvedMention): ResolvedMention[] {
    const chain = [m];
    let last = m;
    for (;;) {
      let j = this.skipLedBy(this.skipAside(last.to));
      const { joiners, collectives, togetherWith } = this.words;
      // "A, director of the X, B, secretary of Y, and C, ...": an office set off after each person of a list may run on
      // past the mention that holds its start, up to the comma before the next person so set off.
      if (last.type === "PERSON" && this.holdsComma(last)) j = this.pastOfficeTail(j);
      if (!joiners.has(this.key(j))) break;
      if (this.opensOwnClause(m, j)) break;
      // "A, Chile's foreign minister, and B": the comma that closes an apposition held in the mention goes on to the list.
      // "A, Chile's foreign minister, B, Peru's, ...": so does one followed by another person set off the same way.
      const closesApposition =
        this.holdsComma(last) && (this.key(j + 1) === this.pack.mentions.and || (this.key(j) === "," && this.setOffPerson(j + 1)));
      if (
        this.key(j) === "," &&
        (this.words.listEndsWithConjunction || this.closesLeadingClause(j)) &&
        !this.isListComma(j) &&
        !closesApposition
      )
        break;
      while (
        j < this.tokens.length &&
        (!this.mentionAt[j] || this.ownsCollective(j)) &&
        (joiners.has(this.key(j)) || collectives.has(this.key(j)) || this.matches(j - 1, togetherWith))
      )
        j++;
      const named = this.mentionAt[j];
      const next = named && this.personOwnedBy(named);
      if (!next || named.from !== j || (next.type !== m.type && !(isActor(next) && isActor(m)))) break;
      chain.push(next);
      last = next;
    }
    return chain;
  }

  /**
   * "A ký với B, C cử phái đoàn ...": where lists need no conjunction, a name after the comma that closes a list
   * governed by a preposition opens a clause of its own when its own verb follows it, past a tense word or two (no
   * conjunction).
   */
  private opensOwnClause(head: ResolvedMention, comma: number): boolean {
    if (this.words.listEndsWithConjunction) return this.objectsEndBefore(head, comma);
    if (this.key(comma) !== "," || !this.words.notSubjectAfter.has(this.key(head.from - 1))) return false;
    const next = this.mentionAt[comma + 1];
    if (next?.from !== comma + 1) return false;
    return this.ownVerbAfter(next);
  }

  /**
   * "A thanked B and C's D praised him", "A criticized B and C accused ...": where a list ends with its conjunction,
   * the objects right after a cue end at the conjunction when the name after it (or the person a country's possessive
   * there owns) is followed by a cue of its own: a second clause with its own doer.
   */
  private objectsEndBefore(head: ResolvedMention, and: number): boolean {
    if (this.key(and) !== this.pack.mentions.and || !this.cueEnds.has(head.from)) return false;
    const named = this.mentionAt[and + 1];
    return named?.from === and + 1 && this.ownVerbAfter(this.personOwnedBy(named), true);
  }

  /**
   * A cue starts right after `next`, past a tense word or two (no break, name or conjunction between; with
   * `finite`, no word a subject cannot follow either: "thanked A and B for hosting", "accused A and B of supplying").
   */
  private ownVerbAfter(next: ResolvedMention, finite = false): boolean {
    for (let k = next.to; k <= next.to + OWN_VERB_GAP; k++) {
      if (this.cueStarts.has(k)) return true;
      const token = this.tokens[k];
      // "hội kiến với A, B và hội đàm với C": a verb joined by a conjunction goes on with the first clause's doer.
      if (!token?.word || token.capitalized || this.mentionAt[k] || this.isBreak(k) || this.words.joiners.has(token.key)) return false;
      if (finite && this.words.notSubjectAfter.has(token.key)) return false;
    }
    return false;
  }

  /** A person named at `at` with an office set off inside the mention ("B, Peru's foreign minister"). */
  private setOffPerson(at: number): boolean {
    const m = this.mentionAt[at];
    return m?.from === at && m.type === "PERSON" && this.holdsComma(m);
  }

  /**
   * Past the rest of an office set off after a person ("director| of the Office of the X Committee", "secretary of
   * Iran|'s Supreme National Security Council"): plain words, possessives and names of bodies or places up to a comma
   * that goes on (maybe after the conjunction) to another person so set off; else `j` itself.
   */
  private pastOfficeTail(j: number): number {
    for (let k = j; k < Math.min(this.tokens.length, j + OFFICE_TAIL_REACH); k++) {
      if (this.key(k) === ",") {
        const next = this.key(k + 1) === this.pack.mentions.and ? k + 2 : k + 1;
        return k > j && this.setOffPerson(next) ? k : j;
      }
      const m = this.mentionAt[k];
      if (m?.type === "PERSON" || (!m && !this.tokens[k]!.word && !this.pack.mentions.possessiveClitics.has(this.key(k)))) return j;
    }
    return j;
  }

  /**
   * "A and DR Congo's B", "A and Kenyan B": in a list of people, the person a country's possessive owns, or a country's
   * adjective names right before (nothing between), stands for the country.
   */
  private personOwnedBy(m: ResolvedMention): ResolvedMention {
    if (m.type !== "COUNTRY") return m;
    const at = this.pack.mentions.possessiveClitics.has(this.key(m.to)) ? m.to + 1 : m.to;
    const person = this.mentionAt[at];
    return person?.from === at && person.type === "PERSON" ? person : m;
  }

  /** The country whose possessive or adjective owns the person `m` ("Taiwan's" of "Taiwan's B"): personOwnedBy read leftward. */
  private ownerBefore(m: ResolvedMention): ResolvedMention | undefined {
    if (m.type !== "PERSON") return undefined;
    for (const owner of [this.mentionAt[m.from - 1], this.mentionAt[m.from - 2]])
      if (owner && owner !== m && this.personOwnedBy(owner) === m) return owner;
    return undefined;
  }

  /** The mention holds a comma: an apposition read into it ("A, Chile's foreign minister"). */
  private holdsComma(m: ResolvedMention): boolean {
    for (let i = m.from; i < m.to; i++) if (this.key(i) === ",") return true;
    return false;
  }

  /** The first mention of the coordinated chain that ends at `m` ("Tô Lâm và Phu nhân cùng Đoàn ... Việt Nam"). */
  chainStart(m: ResolvedMention): ResolvedMention {
    const { joiners, collectives, togetherWith } = this.words;
    let first = m;
    for (;;) {
      // Back over joiners and collective words, any number of each: "A và Phu nhân cùng Đoàn đại biểu B".
      // "A and Taiwan's B met": back past the country whose possessive owns the person (as personOwnedBy reads on).
      let j = this.ownerBefore(first)?.from ?? first.from;
      j--;
      let joined = false;
      while (j >= 0 && (!this.mentionAt[j] || this.ownsCollective(j))) {
        const key = this.key(j);
        if (this.matches(j - 1, togetherWith)) j -= 2;
        else if (key === "," && !this.mentionAt[j - 1] && !collectives.has(this.key(j - 1)) && this.key(j - 1) !== ")") return first;
        else if (joiners.has(key)) j--;
        else if (collectives.has(key)) {
          j--;
          continue;
        } else break;
        joined = true;
      }
      if (!joined) return first;
      if (this.key(j) === ")" && this.asideStart(j) > 0) j = this.asideStart(j) - 1;
      const before = this.mentionAt[j];
      if (!before || this.actedOn.has(before.from)) return first;
      // "The borders of A, B and C meet": a list whose first member is governed ("of A") is governed as a whole; its
      // start, which can be no subject, is where it starts, not B. Only across a bare list comma, not ", and".
      if (!this.canBeSubject(before, true))
        return before.to === first.from - 1 && this.key(before.to) === "," && this.governedAt(before) ? before : first;
      first = before;
    }
  }

  /** After a short aside in brackets, which parts no list: "ông A (thứ hai từ trái) và ông B". */
  skipAside(j: number): number {
    const end = this.key(j) === "(" ? this.asideEnd(j) : -1;
    return end >= 0 ? end + 1 : j;
  }

  /** Where the short aside opened at `open` closes ("(ảnh trên)", "(giữa)"), or -1: a few plain words, no punctuation. */
  private asideEnd(open: number): number {
    for (let j = open + 1; j <= open + MAX_ASIDE + 1 && j < this.tokens.length; j++) {
      if (this.key(j) === ")") return j > open + 1 ? j : -1;
      if (!this.tokens[j]!.word) return -1;
    }
    return -1;
  }

  /** Where the short aside closed at `close` opens, or -1. */
  private asideStart(close: number): number {
    for (let j = close - 1; j >= Math.max(0, close - MAX_ASIDE - 1); j--) {
      if (this.key(j) === "(") return this.asideEnd(j) === close ? j : -1;
      if (!this.tokens[j]!.word) return -1;
    }
    return -1;
  }

  /** After "X do Y dẫn đầu" (X led by Y), where the list goes on. */
  private skipLedBy(j: number): number {
    const { opener, closers } = this.words.ledBy;
    if (this.key(j) !== opener) return j;
    for (let k = j + 1; k < j + LED_BY_REACH && k < this.tokens.length; k++) {
      const closer = closers.find((words) => this.matches(k, words));
      if (closer) return k + closer.length;
    }
    return j;
  }
}
