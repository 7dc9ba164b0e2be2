import type { EntityType } from "@news-kg/schema";
import type { LexiconEntry } from "../lexicon/lexicon.ts";
import type { Gender } from "../recognize/mention.ts";
import { foldName } from "@news-kg/text-fold";
import { slug } from "../text/slug.ts";

export interface Role {
  role: string;
  leader: boolean;
  former: boolean;
  /** Entity id of the country or organization. */
  affiliation?: string;
  /** The words the office was named with ("Chủ tịch nước", "Tổng thống": one role, two words). */
  cue?: string;
}

/** An entity as one article knows it. */
export interface ArticleEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  entry?: LexiconEntry;
  roles: Role[];
  mentions: number;
  /** What a mention or a pronoun said of the person's gender. */
  gender?: Gender;
  /** Folded words of the name and aliases: short forms ("Kim", "Chính") are matched against them. */
  words: string[][];
}

/**
 * Corpus-wide id of an entity: lexicon entries by canonical name; new names by a spelling key that
 * merges transliteration variants (Sergey/Sergei, Yury/Yuri, Kim Jong-un/Kim Jong Un).
 */
export function entityId(type: EntityType, name: string, fromLexicon: boolean): string {
  const key = fromLexicon ? slug(name) : spellingKey(name);
  return `${type.toLowerCase()}:${key}`;
}

function spellingKey(name: string): string {
  return slug(name)
    .replace(/y/g, "i")
    .replace(/([a-z])\1/g, "$1");
}

/** A lexicon entry's id and (for people) name words, computed once per entry rather than once per article. */
const ENTRY_KEYS = new WeakMap<LexiconEntry, { id: string; words: string[][] }>();
function entryKeys(entry: LexiconEntry): { id: string; words: string[][] } {
  let keys = ENTRY_KEYS.get(entry);
  if (!keys) {
    const words = entry.type === "PERSON" ? [entry.name, ...entry.aliases].map((alias) => foldName(alias).split(" ")) : [];
    keys = { id: entityId(entry.type, entry.name, !entry.defined), words };
    ENTRY_KEYS.set(entry, keys);
  }
  return keys;
}

/** The entities of one article, created on first mention. */
export class ArticleEntities {
  readonly byId = new Map<string, ArticleEntity>();

  /** The pack's generational suffixes ("jr"): "Mr Ibarra" is matched against "Tomas Ibarra Jr." without it. */
  constructor(private readonly nameSuffixes?: ReadonlySet<string>) {}

  fromEntry(entry: LexiconEntry, surface?: string): ArticleEntity {
    const known = entryKeys(entry);
    const entity = this.ensure(known.id, entry.name, entry.type);
    if (!entity.entry) {
      entity.entry = entry;
      entity.words.push(...known.words);
      if (entry.gender) entity.gender ??= entry.gender;
    }
    if (surface) entity.aliases.add(surface);
    return entity;
  }

  fromName(type: EntityType, surface: string): ArticleEntity {
    const entity = this.ensure(entityId(type, surface, false), surface, type);
    if (!entity.aliases.has(surface) && type === "PERSON") this.addWords(entity, surface);
    entity.aliases.add(surface);
    return entity;
  }

  /** People whose name begins or ends with the words of a short form: "Kim" → Kim Jong Un, "Chính" → Phạm Minh Chính. */
  peopleNamed(short: string): ArticleEntity[] {
    const words = foldName(short).split(" ");
    // "G.Bush", "V.Pu-tin": given names by their initials, then the family name: a person whose name ends with the
    // family name and begins with the first initial.
    const initials = words.findIndex((w) => w.length > 1);
    const family = initials > 0 ? words.slice(initials) : undefined;
    return [...this.byId.values()].filter(
      (e) =>
        e.type === "PERSON" &&
        e.words.some(
          (name) =>
            (name.length > words.length && (startsWith(name, words) || endsWith(name, words))) ||
            (!!family && name.length > family.length && endsWith(name, family) && name[0]!.startsWith(words[0]!)),
        ),
    );
  }

  private ensure(id: string, name: string, type: EntityType): ArticleEntity {
    let entity = this.byId.get(id);
    if (!entity) {
      entity = { id, name, type, aliases: new Set(), roles: [], mentions: 0, words: [] };
      this.byId.set(id, entity);
    }
    return entity;
  }

  private addWords(entity: ArticleEntity, name: string): void {
    const words = foldName(name).split(" ");
    entity.words.push(words);
    if (words.length > 2 && this.nameSuffixes?.has(words[words.length - 1]!)) entity.words.push(words.slice(0, -1));
  }
}

const startsWith = (name: string[], words: string[]) => words.every((w, i) => name[i] === w);
const endsWith = (name: string[], words: string[]) => words.every((w, i) => name[name.length - words.length + i] === w);
