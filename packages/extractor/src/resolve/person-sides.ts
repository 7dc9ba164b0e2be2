import type { ResolvedArticle } from "./resolve-article.ts";

/**
 * The sides each person of the article is on, by name: the countries and bodies an office in the article ties
 * them to (not a former one), and the lexicon's country.
 */
export function personSides(resolved: ResolvedArticle): Map<string, Set<string>> {
  const own = new Map<string, Set<string>>();
  const add = (person: string, country: string) => own.set(person, (own.get(person) ?? new Set()).add(country));
  for (const t of resolved.titles) {
    const affiliation = resolved.entities.byId.get(t.affiliation);
    if (!t.former && affiliation) add(t.person, affiliation.name);
  }
  for (const e of resolved.entities.byId.values()) if (e.type === "PERSON" && e.entry?.country) add(e.id, e.entry.country);
  return own;
}

/** Where each person of the article is posted abroad, by entity id: the places their offices held abroad serve in (not a former one). */
export function personPosts(resolved: ResolvedArticle): Map<string, Set<string>> {
  const posts = new Map<string, Set<string>>();
  for (const t of resolved.titles) if (t.postedIn && !t.former) posts.set(t.person, (posts.get(t.person) ?? new Set()).add(t.postedIn));
  return posts;
}
