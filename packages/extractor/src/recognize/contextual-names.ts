import type { ContextualName } from "../lang/language-pack.ts";
import { wordPrefixes, type Lexicon, type LexiconEntry } from "../lexicon/lexicon.ts";
import { nameKey } from "../text/name-key.ts";
import type { Token } from "../text/tokenize.ts";
import type { Mention } from "./mention.ts";

/** Short names an article's context allows, by name key, with their word prefixes (see recognizeMentions). */
export interface ContextualNames {
  names: Map<string, LexiconEntry>;
  prefixes: Set<string>;
  /**
   * Every beginning of the last word of a key that only these names make a prefix or a name ("n" ... "north" for
   * "the north"; not "the", which begins lexicon names too): see `mayNameContextually`.
   */
  lastWordStarts: Set<string>;
}

/**
 * The pack's contextual names ("the North") that stand for their entity in this article: those one of whose context
 * entries ("South Korea", or a person of it) the article's mentions name. Undefined when there are none.
 */
export function contextualNames(
  mentions: Mention[][],
  lexicon: Lexicon,
  names: readonly ContextualName[] | undefined,
): ContextualNames | undefined {
  if (!names?.length) return undefined;
  // A person's country counts: "Kim Jong Un" sets the scene for "the North".
  const named = new Set(mentions.flat().flatMap((m) => (m.kind === "name" && m.entry ? [m.entry.name, m.entry.country ?? ""] : [])));
  const usable = new Map<string, LexiconEntry>();
  for (const name of names) {
    const entry = lexicon.byName.get(name.name);
    if (entry && name.context.some((c) => named.has(c))) usable.set(nameKey(name.words.join(" ")), entry);
  }
  if (!usable.size) return undefined;
  const prefixes = wordPrefixes([...usable.keys()]);
  const lastWordStarts = new Set<string>();
  for (const key of new Set([...[...prefixes].filter((p) => !lexicon.prefixes.has(p)), ...usable.keys()])) {
    const last = key.slice(key.lastIndexOf(" ") + 1);
    for (let n = 1; n <= last.length; n++) lastWordStarts.add(last.slice(0, n));
  }
  return { names: usable, prefixes, lastWordStarts };
}

/**
 * Whether a sentence may read otherwise with the contextual names than without them. Recognition looks up keys
 * made of its words' name keys, a possessive clitic's written onto the word before ("norths"), so a key only the
 * contextual names know ends in a word that begins with a word of a word's name key (or is a word of a clitic's
 * key after its first, which joins the word before). A sentence without one reads alike, and need not be read again.
 */
export function mayNameContextually(tokens: Token[], contextual: ContextualNames, clitics: ReadonlySet<string>): boolean {
  return tokens.some((t) => {
    const words = t.word ? t.nameKey.split(" ") : clitics.has(t.key) ? nameKey(t.text).split(" ").slice(1) : [];
    return words.some((word) => contextual.lastWordStarts.has(word));
  });
}
