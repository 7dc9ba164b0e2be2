import type { EntityType } from "@news-kg/schema";
import type { ResolvedMention } from "../resolve/resolve-article.ts";
import type { Token } from "../text/tokenize.ts";

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(["PERSON", "COUNTRY", "ORGANIZATION"]);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(["COUNTRY", "LOCATION"]);
export const isActor = (m: ResolvedMention) => ACTOR_TYPES.has(m.type);
export const isPlace = (m: ResolvedMention) => PLACE_TYPES.has(m.type);

/** Punctuation that always ends a clause. Quotes do not: Vietnamese news quotes parts of clauses. */
const HARD_BREAKS = new Set([";", ":", "?", "!", "(", ")", "[", "]"]);

/** Words that open a new clause: reported speech, subordinate clauses, contrast. Lower case, as word lists. */
const CLAUSE_OPENERS = [
  "rằng", "cho biết", "cho hay", "nói", "khẳng định", "tuyên bố", "xác nhận", "thông báo", "nhấn mạnh", "cho rằng",
  "cáo buộc", "tố cáo", "bác bỏ", "phủ nhận", "khi", "sau khi", "trước khi", "nhưng", "song", "trong khi", "mà", "nếu",
  "đồng thời", "trong lúc", "dẫn lời", "đưa tin", "tiết lộ",
].map((cue) => cue.split(" "));

/** Words after which a name is not the doer of what follows: "của Nga", "tại Bình Nhưỡng", "người dân Triều Tiên". */
const NOT_SUBJECT_AFTER = new Set([
  "của", "với", "tại", "ở", "tới", "đến", "cho", "từ", "về", "theo", "trước", "thuộc", "giữa", "sang", "dân", "vào",
  "nhằm", "đối", "chở", "cùng", "và", "quanh", "trên", "khỏi", "chống", "lên",
]);

/** Words for a country's people and institutions, skipped inside lists: "Chính phủ và nhân dân Hàn Quốc". */
const COLLECTIVES = new Set(["chính", "phủ", "nhân", "dân", "người", "quân", "đội", "phu", "nhân", "phái", "đoàn", "quyền"]);

/** One sentence: its tokens, and which mention covers each token. */
export class SentenceView {
  readonly mentionAt: (ResolvedMention | undefined)[];
  /** Token indices right after a cue: a mention there is that cue's object, not the next one's subject. */
  readonly afterCue = new Set<number>();

  constructor(
    readonly tokens: Token[],
    readonly mentions: ResolvedMention[],
  ) {
    this.mentionAt = new Array(tokens.length);
    for (const m of mentions) for (let i = m.from; i < m.to; i++) this.mentionAt[i] = m;
  }

  key(i: number): string {
    return this.tokens[i]?.key ?? "";
  }

  /** Whether the words at `i` are `words` (lower case). */
  matches(i: number, words: string[]): boolean {
    return words.every((w, k) => this.key(i + k) === w);
  }

  /** Length in tokens of the first of `phrases` found at `i`, or 0. */
  phraseAt(i: number, phrases: string[][]): number {
    for (const words of phrases) if (this.matches(i, words)) return words.length;
    return 0;
  }

  /** A comma between two names of one list ("Mỹ, Pháp và Anh"), not after a phrase like "Tại Bình Nhưỡng,". */
  isListComma(i: number): boolean {
    const before = this.mentionAt[i - 1];
    return this.key(i) === "," && !!before && !!this.mentionAt[i + 1] && !NOT_SUBJECT_AFTER.has(this.key(before.from - 1));
  }

  /** A clause boundary at token i (for the search leftwards from a cue). */
  isBreak(i: number): boolean {
    const key = this.key(i);
    if (HARD_BREAKS.has(key)) return true;
    if (key === "," || key === "–" || key === "—") return !this.isListComma(i);
    if (key === "khi" && ["đó", "ấy", "nào"].includes(this.key(i + 1))) return false; // "khi đó": then
    return !this.mentionAt[i] && this.phraseAt(i, CLAUSE_OPENERS) > 0;
  }

  /** First token of the clause that holds token `i`. */
  clauseStart(i: number): number {
    let j = i - 1;
    while (j >= 0 && !this.isBreak(j)) j--;
    return j + (j >= 0 ? this.phraseAt(j, CLAUSE_OPENERS) || 1 : 1);
  }

  /**
   * Mentions that may be the doer of an action: actors not governed by a preposition or possessive. A
   * mention right after another cue is that cue's object, and the doer only of what comes straight after
   * it ("mời Tổng thống Putin thăm", "cáo buộc Bình Nhưỡng gửi").
   */
  canBeSubject(m: ResolvedMention, adjacent = false): boolean {
    return isActor(m) && !NOT_SUBJECT_AFTER.has(this.key(m.from - 1)) && (adjacent || !this.afterCue.has(m.from));
  }

  /**
   * Mentions joined to `m` by "và", "cùng", "," on its right: "Nga và Triều Tiên", "ông Blinken cùng Tổng
   * thống Biden", "Tổng thống Lee, Chính phủ và nhân dân Hàn Quốc".
   */
  coordinatedAfter(m: ResolvedMention): ResolvedMention[] {
    const chain = [m];
    let last = m;
    for (;;) {
      let j = last.to;
      if (this.key(j) === "," || this.key(j) === "và" || this.key(j) === "cùng") j++;
      else break;
      if (this.key(j) === "với" || this.key(j) === "và") j++;
      for (let skipped = 0; skipped < 4 && !this.mentionAt[j] && (COLLECTIVES.has(this.key(j)) || this.key(j) === "và" || this.key(j) === ","); skipped++) j++;
      const next = this.mentionAt[j];
      if (!next || next.from !== j || next.type !== m.type && !(isActor(next) && isActor(m))) break;
      chain.push(next);
      last = next;
    }
    return chain;
  }

  /** The mention whose chain of coordinated mentions ends at `m`, if `m` is not first in one. */
  chainStart(m: ResolvedMention): ResolvedMention {
    let first = m;
    for (;;) {
      let j = first.from - 1;
      if (this.key(j) === "với" && this.key(j - 1) === "cùng") j--;
      if (!(this.key(j) === "," || this.key(j) === "và" || this.key(j) === "cùng")) return first;
      const before = this.mentionAt[j - 1];
      if (!before || !this.canBeSubject(before, true)) return first;
      first = before;
    }
  }
}
