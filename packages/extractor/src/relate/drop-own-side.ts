import type { Relation } from "@news-kg/schema";
import { personPosts, personSides } from "../resolve/person-sides.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";

/** The rule of a visit read from where a guest was received ("hosted X in Y"): being received at home is no visit. */
export const HOSTED_VISIT_RULE = "visited-hosted";

/**
 * Acts between two sides: praising, condemning, accusing or punishing one's own country is not news, nor meeting,
 * backing or thanking it; nor is a country's act toward its own officer ("Y cảm ơn Thủ tướng Y X" took a side for two).
 */
const TWO_SIDED_TYPES = new Set<Relation["type"]>(["PRAISED", "CRITICIZED", "ACCUSED", "SANCTIONED", "MET", "SUPPORTED", "THANKED"]);

/**
 * Drops what a side does to itself:
 * - stances a person would take toward their own country: "Lavrov hailed the ties between the two countries" does not
 *   say Lavrov praised Russia, nor does "the three leaders" standing for a passer-by make Xi condemn China;
 * - a visit read only from where a guest was received, when that place is the guest's own country or the one an envoy
 *   is posted to;
 * - a country's "visit" to a place inside itself;
 * - with `noVisitHome`, any visit of a person to their own country.
 */
export function dropOwnSide(relations: Relation[], resolved: ResolvedArticle, noVisitHome = false): Relation[] {
  const own = personSides(resolved);
  const { byId } = resolved.entities;
  const nameOf = (id: string) => byId.get(id)?.name ?? "";
  // A place the lexicon puts in a country is at home there too ("hosted X in San Francisco").
  const countryOf = (id: string) => {
    const place = byId.get(id);
    return place?.type === "COUNTRY" ? place.name : place?.entry?.country;
  };
  const posts = personPosts(resolved);
  // An envoy received in the country of their post ("tiếp Đại sứ Y tại X") is at work there, not visiting.
  const postedTo = (person: string, country: string) => [...(posts.get(person) ?? [])].some((post) => countryOf(post) === country);
  const atHome = (r: Relation) => {
    const country = countryOf(r.target);
    if (r.type !== "VISITED" || !country || !r.evidence.every((e) => e.rule === HOSTED_VISIT_RULE)) return false;
    return !!own.get(r.source)?.has(country) || postedTo(r.source, country);
  };
  // A country does not visit a place inside itself: such a "visit" took the country for its visitor.
  const insideItself = (r: Relation) =>
    r.type === "VISITED" && byId.get(r.source)?.type === "COUNTRY" && countryOf(r.target) === nameOf(r.source);
  // Where the pack says so, being in one's own country is no visit either ("dự hội nghị tại Hà Nội" by a Vietnamese leader).
  const dropped = (type: Relation["type"]) => TWO_SIDED_TYPES.has(type) || (noVisitHome && type === "VISITED");
  const ownSide = (r: Relation) =>
    !!own.get(r.source)?.has(nameOf(r.target)) || (TWO_SIDED_TYPES.has(r.type) && !!own.get(r.target)?.has(nameOf(r.source)));
  return relations.filter((r) => !atHome(r) && !insideItself(r) && (!dropped(r.type) || !ownSide(r)));
}
