/** Lower-case word sequences, indexed by first word so that most tokens are rejected by one lookup. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(private readonly phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      this.byFirst.set(
        words[0]!,
        [...(this.byFirst.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length),
      );
    }
  }

  /** A new set with these phrases too (a user's rules over a pack's); this one is left as it is. */
  with(more: readonly string[]): PhraseSet {
    return more.length ? new PhraseSet([...this.phrases, ...more]) : this;
  }

  /** The words its phrases start with. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Length in words of the longest phrase starting at `keys[at]`, or 0. */
  lengthAt(keys: readonly string[], at: number): number {
    const candidates = this.byFirst.get(keys[at] ?? "");
    if (!candidates) return 0;
    next: for (const words of candidates) {
      for (let k = 0; k < words.length; k++) if (keys[at + k] !== words[k]) continue next;
      return words.length;
    }
    return 0;
  }
}

/** Where a set's phrases start nowhere. */
const NOWHERE: readonly number[] = [];

/**
 * The phrase sets that rules look for all over a sentence, indexed together by first word so that one pass over a
 * sentence finds where each of them starts, with one lookup per word instead of one per word and set. A set joins
 * when first looked for: the index holds at most the sets of one pack.
 */
export class PhraseIndex {
  private readonly byFirst = new Map<string, PhraseSet[]>();
  private readonly sets = new Set<PhraseSet>();

  /** Adds `set` to the index; whether it was not in it yet. */
  add(set: PhraseSet): boolean {
    if (this.sets.has(set)) return false;
    this.sets.add(set);
    for (const word of set.firstWords()) this.byFirst.set(word, [...(this.byFirst.get(word) ?? []), set]);
    return true;
  }

  /** Where the phrases of each set start in `keys`, left to right; a set none of whose phrases is there has no entry. */
  find(keys: readonly string[]): Map<PhraseSet, number[]> {
    const starts = new Map<PhraseSet, number[]>();
    for (let i = 0; i < keys.length; i++) {
      const sets = this.byFirst.get(keys[i]!);
      if (!sets) continue;
      for (const set of sets) {
        if (!set.lengthAt(keys, i)) continue;
        const at = starts.get(set);
        if (at) at.push(i);
        else starts.set(set, [i]);
      }
    }
    return starts;
  }
}

/** Where the sets of an index start in one sentence: found for all of them at once, when first asked. */
export class SentencePhrases {
  private starts?: Map<PhraseSet, number[]>;

  constructor(
    private readonly keys: readonly string[],
    private readonly index: PhraseIndex,
  ) {}

  /** Where the phrases of `set` start, left to right. */
  startsOf(set: PhraseSet): readonly number[] {
    // A set looked for the first time joins the index, and the sentence is looked over again with it.
    if (this.index.add(set)) this.starts = undefined;
    this.starts ??= this.index.find(this.keys);
    return this.starts.get(set) ?? NOWHERE;
  }
}
