import type { ContextualName } from "../lang/language-pack.ts";
import { wordPrefixes, type Lexicon, type LexiconEntry } from "../lexicon/lexicon.ts";
import { nameKey } from "../text/name-key.ts";
import type { Mention } from "./mention.ts";

/** Short names an article's context allows, by name key, with their word prefixes (see recognizeMentions). */
export interface ContextualNames {
  names: Map<string, LexiconEntry>;
  prefixes: Set<string>;
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
  return usable.size ? { names: usable, prefixes: wordPrefixes([...usable.keys()]) } : undefined;
}
