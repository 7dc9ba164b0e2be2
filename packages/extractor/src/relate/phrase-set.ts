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
