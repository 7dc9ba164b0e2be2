import type { EntityType } from "@news-kg/schema";
import type { ResolvedMention } from "../resolve/resolve-article.ts";

/**
 * A mention of an entity the article told in another sentence ("the recipient told last", "the country the article is
 * about"), for rules that read it where a sentence names no one: it covers no token of the sentence read.
 */
export function standIn(ids: string[], type: EntityType): ResolvedMention {
  return { from: -1, to: -1, ids, type, kind: "pronoun" };
}
