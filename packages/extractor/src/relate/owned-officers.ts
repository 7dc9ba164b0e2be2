import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import type { RelationCandidate } from "./relate-sentence.ts";
import type { SentenceView } from "./sentence-view.ts";

/** The rule of an office read from a country's possessive before a known officer's name. */
const RULE = "office-of-owner";

/** Less sure than an office told by its title: the lexicon says which office. */
const CONFIDENCE = 0.8;

/**
 * "Bolivia's Evo Morales", "Zimbabwe's Robert Mugabe": a person the lexicon knows as an officer of a country, named
 * right after that country's possessive, is named as holding that office. A country not their own ("Peru's Modi")
 * or a person the lexicon holds no office for ("Peru's Rosa Vidal") says nothing.
 */
export function ownedOfficers(view: SentenceView, resolved: ResolvedArticle): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const m of view.mentions) {
    const person = m.type === "PERSON" && m.kind === "name" ? resolved.entities.byId.get(m.ids[0]!) : undefined;
    const owner = view.mentionAt[m.from - 2];
    if (!person?.entry?.office || owner?.type !== "COUNTRY" || owner.to !== m.from - 1) continue;
    if (!view.pack.mentions.possessiveClitics.has(view.key(m.from - 1))) continue;
    const country = resolved.entities.byId.get(owner.ids[0]!);
    if (!country || country.name !== person.entry.country) continue;
    out.push({ type: "OFFICIAL_OF", source: person.id, target: country.id, status: "occurred", rule: RULE, confidence: CONFIDENCE });
  }
  return out;
}
