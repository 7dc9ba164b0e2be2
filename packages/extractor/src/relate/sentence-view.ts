import type { EntityType } from "@news-kg/schema";
import type { ResolvedMention } from "../resolve/resolve-article.ts";
import type { Token } from "../text/tokenize.ts";
import { PhraseSet } from "./phrase-set.ts";

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(["PERSON", "COUNTRY", "ORGANIZATION"]);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(["COUNTRY", "LOCATION"]);
export const isActor = (m: ResolvedMention) => ACTOR_TYPES.has(m.type);
export const isPlace = (m: ResolvedMention) => PLACE_TYPES.has(m.type);

/** Punctuation that always ends a clause. Quotes do not: Vietnamese news quotes parts of clauses. */
const HARD_BREAKS = new Set([";", ":", "?", "!", "(", ")", "[", "]"]);

/** Words that open a new clause: reported speech, subordinate clauses, contrast. Lower case, as word lists. */
const CLAUSE_OPENERS = new PhraseSet([
  "rằng",
  "cho biết",
  "cho hay",
  "nói",
  "khẳng định",
  "tuyên bố",
  "xác nhận",
  "thông báo",
  "nhấn mạnh",
  "cho rằng",
  "cáo buộc",
  "tố cáo",
  "bác bỏ",
  "phủ nhận",
  "khi",
  "sau khi",
  "trước khi",
  "nhưng",
  "song",
  "trong khi",
  "mà",
  "nếu",
  "đồng thời",
  "trong lúc",
  "dẫn lời",
  "đưa tin",
  "tiết lộ",
  "vì",
]);

/** Opener words that open nothing when followed by these: "khi đó", "song phương", "mà còn". */
const NOT_OPENING = new Map<string, string[]>([
  ["khi", ["đó", "ấy", "nào"]],
  ["song", ["phương", "song", "hành", "ngữ"]],
  ["mà", ["còn"]],
  ["nói", ["chung", "riêng"]],
  ["vì", ["vậy", "thế", "sao"]],
]);

/** Words after which a name is not the doer of what follows: "của Nga", "tại Bình Nhưỡng", "người dân Triều Tiên". */
const NOT_SUBJECT_AFTER = new Set([
  "của",
  "với",
  "tại",
  "ở",
  "tới",
  "đến",
  "cho",
  "từ",
  "về",
  "theo",
  "trước",
  "thuộc",
  "giữa",
  "sang",
  "dân",
  "vào",
  "nhằm",
  "đối",
  "chở",
  "cùng",
  "và",
  "quanh",
  "trên",
  "khỏi",
  "chống",
  "lên",
]);

/** Words for a country's people and institutions, skipped inside lists: "Chính phủ và nhân dân Hàn Quốc". */
const COLLECTIVES = new Set(["chính", "phủ", "nhân", "dân", "quân", "đội", "phu", "phái", "đoàn", "quyền", "đại", "biểu", "cấp", "cao"]);
const JOINERS = new Set([",", "và", "cùng"]);

/** One sentence: its tokens, and which mention covers each token. */
export class SentenceView {
  readonly mentionAt: (ResolvedMention | undefined)[];
  /** Token indices right after a cue: a mention there is that cue's object, not the next one's subject. */
  readonly afterCue = new Set<number>();
  /** Where mentions start that an earlier cue took as its object. */
  readonly taken = new Set<number>();

  private readonly keys: string[];
  private readonly breaks: boolean[];
  private readonly starts: number[];
  private readonly firstPhrases = new Map<PhraseSet, number>();

  constructor(
    readonly tokens: Token[],
    readonly mentions: ResolvedMention[],
  ) {
    this.mentionAt = new Array(tokens.length);
    for (const m of mentions) for (let i = m.from; i < m.to; i++) this.mentionAt[i] = m;
    this.keys = tokens.map((t) => t.key);
    this.breaks = tokens.map((_, i) => this.breaksAt(i));
    // Clause starts in one pass: a clause begins after a break (after all of it, for "cho biết").
    this.starts = new Array(tokens.length + 1);
    let start = 0;
    for (let i = 0; i <= tokens.length; i++) {
      this.starts[i] = start;
      if (this.breaks[i]) start = i + (this.phraseAt(i, CLAUSE_OPENERS) || 1);
    }
  }

  key(i: number): string {
    return this.keys[i] ?? "";
  }

  /** Whether the words at `i` are `words` (lower case). */
  matches(i: number, words: string[]): boolean {
    return words.every((w, k) => this.key(i + k) === w);
  }

  /** Length in tokens of the longest of `phrases` found at `i`, or 0. */
  phraseAt(i: number, phrases: PhraseSet): number {
    return phrases.lengthAt(this.keys, i);
  }

  /** Where the first of `phrases` outside names starts (Infinity if nowhere): found once per sentence. */
  firstPhrase(phrases: PhraseSet): number {
    let at = this.firstPhrases.get(phrases);
    if (at === undefined) {
      at = this.tokens.findIndex((_, i) => !this.mentionAt[i] && this.phraseAt(i, phrases) > 0);
      this.firstPhrases.set(phrases, (at = at === -1 ? Infinity : at));
    }
    return at;
  }

  /** A comma between two names of one list ("Mỹ, Pháp và Anh"), not after a phrase like "Tại Bình Nhưỡng,". */
  isListComma(i: number): boolean {
    const before = this.mentionAt[i - 1];
    return this.key(i) === "," && !!before && !!this.mentionAt[i + 1] && !NOT_SUBJECT_AFTER.has(this.key(before.from - 1));
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
    if ((key === "(" && this.key(i + 2) === ")") || (key === ")" && this.key(i - 2) === "(")) return false; // "(trái)"
    if (HARD_BREAKS.has(key)) return true;
    if (key === "," || key === "–" || key === "—") return !this.isListComma(i) && !this.isPlaceComma(i);
    if (NOT_OPENING.get(key)?.includes(this.key(i + 1))) return false; // "khi đó" (then), "song phương" (bilateral)
    return !this.mentionAt[i] && this.phraseAt(i, CLAUSE_OPENERS) > 0;
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
  canBeSubject(m: ResolvedMention, adjacent = false): boolean {
    if (!isActor(m) || NOT_SUBJECT_AFTER.has(this.key(m.from - 1)) || this.key(m.from - 1) === "(") return false;
    const start = this.clauseStart(m.from);
    if (this.key(start) === "theo" || this.key(start + 1) === "theo") return false; // "(Còn) theo hãng tin X,": a source
    return adjacent || (!this.afterCue.has(m.from) && !this.taken.has(m.from));
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
      if (!JOINERS.has(this.key(j))) break;
      while (
        j < this.tokens.length &&
        !this.mentionAt[j] &&
        (JOINERS.has(this.key(j)) || COLLECTIVES.has(this.key(j)) || this.matches(j - 1, ["cùng", "với"]))
      )
        j++;
      const next = this.mentionAt[j];
      if (!next || next.from !== j || (next.type !== m.type && !(isActor(next) && isActor(m)))) break;
      chain.push(next);
      last = next;
    }
    return chain;
  }

  /** The first mention of the coordinated chain that ends at `m` ("Tô Lâm và Phu nhân cùng Đoàn ... Việt Nam"). */
  chainStart(m: ResolvedMention): ResolvedMention {
    let first = m;
    for (;;) {
      let j = first.from - 1;
      while (j >= 0 && !this.mentionAt[j] && COLLECTIVES.has(this.key(j))) j--;
      if (this.matches(j - 1, ["cùng", "với"])) j--;
      if (!JOINERS.has(this.key(j)) || (this.key(j) === "," && !this.mentionAt[j - 1])) return first;
      while (j >= 0 && !this.mentionAt[j] && JOINERS.has(this.key(j))) j--;
      const before = this.mentionAt[j];
      if (!before || !this.canBeSubject(before, true) || this.afterCue.has(before.from) || this.taken.has(before.from)) return first;
      first = before;
    }
  }

  /** After a short aside in brackets: "phái đoàn Nga (trái) và Ukraine (phải)". */
  private skipAside(j: number): number {
    return this.key(j) === "(" && this.key(j + 2) === ")" ? j + 3 : j;
  }

  /** After "X do Y dẫn đầu" (X led by Y), where the list goes on. */
  private skipLedBy(j: number): number {
    if (this.key(j) !== "do") return j;
    for (let k = j + 1; k < j + 10 && k < this.tokens.length; k++) {
      if (this.matches(k, ["dẫn", "đầu"]) || this.matches(k, ["đứng", "đầu"])) return k + 2;
      if (this.matches(k, ["làm", "trưởng", "đoàn"])) return k + 3;
    }
    return j;
  }
}
