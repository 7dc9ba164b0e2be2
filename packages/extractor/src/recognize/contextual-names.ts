import type { ContextualName } from "../lang/language-pack.ts";
import { wordPrefixes, type Lexicon, type LexiconEntry } from "../lexicon/lexicon.ts";
import { nameKey } from "../text/name-key.ts";
import type { Token } from "../text/tokenize.ts";
import type { Mention } from "./mention.ts";

/** Short names an article's context allows, by name key, with their word prefixes (see recognizeMentions). */
export interface ContextualNames {
  names: Map<string, LexiconEntry>;
  prefixes: Set<string>;
  /** The keys only these names make a prefix or a name (not "the", which begins lexicon names too). */
  ownKeys: Set<string>;
  /**
   * The last word of every key that only these names make a prefix or a name, and that word less the possessive
   * clitics recognition may write onto it ("north" for "the north", "the norths"; not "the", which begins lexicon
   * names too): the words a sentence must have to read otherwise with them (see `mayNameContextually`).
   */
  lastWordStems: Set<string>;
  /** The keys of short forms the article defined in brackets (`definedShortForms`): a name may follow them ("ABC X"). */
  defined: Set<string>;
}

/**
 * The pack's contextual names ("the North") that stand for their entity in this article: those one of whose context
 * entries ("South Korea", or a person of it) the article's mentions name. Undefined when there are none.
 * `clitics`: the pack's possessive clitics, which recognition writes onto the word before them ("North's" → "norths").
 */
export function contextualNames(
  mentions: Mention[][],
  lexicon: Lexicon,
  names: readonly ContextualName[] | undefined,
  clitics: ReadonlySet<string>,
  defined: ReadonlyMap<string, LexiconEntry> = new Map(),
): ContextualNames | undefined {
  if (!names?.length && !defined.size) return undefined;
  // A person's country counts: "Kim Jong Un" sets the scene for "the North".
  const named = new Set(mentions.flat().flatMap((m) => (m.kind === "name" && m.entry ? [m.entry.name, m.entry.country ?? ""] : [])));
  const usable = new Map<string, LexiconEntry>(defined);
  for (const name of names ?? []) {
    const entry = lexicon.byName.get(name.name);
    if (entry && name.context.some((c) => named.has(c))) usable.set(nameKey(name.words.join(" ")), entry);
  }
  if (!usable.size) return undefined;
  const prefixes = wordPrefixes([...usable.keys()]);
  // A clitic's key is written onto the word before it whole, or its first word when it has several.
  const endings = [...clitics].map((c) => nameKey(c).split(" ")[0]!).filter((ending) => ending !== "");
  const ownKeys = new Set([...[...prefixes].filter((p) => !lexicon.prefixes.has(p)), ...usable.keys()]);
  const lastWordStems = new Set<string>();
  for (const key of ownKeys) addStems(key.slice(key.lastIndexOf(" ") + 1), endings, lastWordStems);
  return { names: usable, prefixes, ownKeys, lastWordStems, defined: new Set(defined.keys()) };
}

/** A short form of a body: one word, a capital first and another after it ("ABC", "PetroSun"), which no common word is. */
const SHORT_FORM = /^\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*$/u;

/** Whether a word is written as a short form is ("AL", "PetroSun"), not as a name's word ("Al" of "Al Thani"). */
export function isShortFormShape(text: string): boolean {
  return SHORT_FORM.test(text);
}

/**
 * "Tổng công ty Thép X (ABC)", "the Sunrise Mining Company (SMC)": a body named, then a short form in brackets the
 * lexicon does not know. The short form names that body for the rest of the article ("Tổng giám đốc ABC Y", "ABC
 * ký ..."), by the body's lexicon entry or, for a body the lexicon does not know, by an entry `defined` by the article.
 * So does a company's own name after the lower-case words of its trade ("Công ty CP Xây lắp Hồng Phát": "Giám đốc
 * Hồng Phát Y"), two or three capitalized words; `companyHeads`: the pack's kinds of company (bodyKindHeads).
 * A short form given to two bodies names neither.
 */
export function definedShortForms(
  tokens: Token[][],
  mentions: Mention[][],
  lexicon: Lexicon,
  companyHeads: ReadonlySet<string> = new Set(),
): Map<string, LexiconEntry> {
  const defined = new Map<string, LexiconEntry | undefined>();
  const define = (key: string, entry: LexiconEntry) => {
    const before = defined.get(key);
    defined.set(key, defined.has(key) && before?.name !== entry.name ? undefined : entry);
  };
  mentions.forEach((sentence, s) => {
    const words = tokens[s]!;
    for (const m of sentence) {
      if (m.kind !== "name" || m.type !== "ORGANIZATION") continue;
      const entry = () => m.entry ?? { name: m.surface, type: "ORGANIZATION" as const, short: [], aliases: [], defined: true };
      const short = words[m.to]?.text === "(" && words[m.to + 2]?.text === ")" ? words[m.to + 1]! : undefined;
      if (short?.word && SHORT_FORM.test(short.text) && !lexicon.names.has(short.nameKey)) define(short.nameKey, entry());
      const own = m.entry ? undefined : ownCompanyName(words, m.from, m.to, companyHeads);
      if (own && !lexicon.names.has(own)) define(own, entry());
    }
  });
  return new Map([...defined].flatMap(([key, entry]) => (entry ? [[key, entry] as const] : [])));
}

/** A company's own name: at most this many capitalized words end it, after its trade's lower-case word. */
const OWN_NAME_WORDS = 3;

/**
 * The key of the capitalized words ending a company's name [from, to) after a lower-case word of its trade ("Hồng
 * Phát" of "Công ty CP Xây lắp Hồng Phát"): two or three words, the name opening on a kind of company. Else undefined.
 */
function ownCompanyName(words: Token[], from: number, to: number, heads: ReadonlySet<string>): string | undefined {
  let head = 0;
  for (let k = 1; k <= OWN_NAME_WORDS && !head; k++)
    if (
      heads.has(
        words
          .slice(from, from + k)
          .map((t) => t.key)
          .join(" "),
      )
    )
      head = k;
  let start = to;
  while (start > from + head && to - start <= OWN_NAME_WORDS && words[start - 1]!.word && words[start - 1]!.capitalized) start--;
  const before = words[start - 1];
  if (!head || to - start < 2 || to - start > OWN_NAME_WORDS || start <= from + head || !before?.word || before.capitalized)
    return undefined;
  return words
    .slice(start, to)
    .map((t) => t.nameKey)
    .join(" ");
}

/** `word`, and every word that clitics' keys (`endings`) written onto it one after another make `word` ("north" of "norths"). */
function addStems(word: string, endings: readonly string[], into: Set<string>): void {
  into.add(word);
  for (const ending of endings)
    if (word.length > ending.length && word.endsWith(ending)) addStems(word.slice(0, -ending.length), endings, into);
}

/**
 * Whether a sentence may read otherwise with the contextual names than without them. Recognition looks up keys
 * made of its words' name keys, a possessive clitic's written onto the word before ("norths"), so a key only the
 * contextual names know ends in a word of a word's name key, clitics' keys perhaps written onto it (or in a word of
 * a clitic's key after its first, which joins the word before). A sentence without one reads alike, and need not be
 * read again: most sentences of an article about a Korea say neither "north" nor "south", though many say "no" or "so".
 */
export function mayNameContextually(tokens: Token[], contextual: ContextualNames, clitics: ReadonlySet<string>): boolean {
  return tokens.some((t) => {
    const words = t.word ? t.nameKey.split(" ") : clitics.has(t.key) ? nameKey(t.text).split(" ").slice(1) : [];
    return words.some((word) => contextual.lastWordStems.has(word));
  });
}
