import type { Relation } from "@news-kg/schema";
import { foldName } from "@news-kg/text-fold";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import type { PhraseSet } from "./phrase-set.ts";
import type { RelationCandidate } from "./relate-sentence.ts";

/** The rule of a building placed at its article's dateline. */
export const BUILDING_AT_DATELINE_RULE = "located-in:building-at-dateline";

/** Less sure than a building said to be somewhere: it is read from where the article was filed. */
const CONFIDENCE = 0.7;

/**
 * "HAVANA — ... held talks at the Revolution Palace", "ASTANA (TTXVN) - ... hội kiến tại Phủ Tổng thống X": a building
 * the lexicon does not know (a word the pack gives ends its name, "palace", "hall", or opens it, "phủ", "dinh"), which
 * no sentence places, named in a sentence that names no other place than the dateline's, lies where the article was
 * filed: the dateline's country when the dateline is a capital, else the dateline's place. Returns, per sentence index,
 * the candidates to add; at most one per building (its first such sentence).
 */
export function buildingsAtDateline(
  resolved: ResolvedArticle,
  kinds: { tails?: ReadonlySet<string>; heads?: PhraseSet },
  dateline: string | undefined,
  placed: Relation[],
): Map<number, RelationCandidate[]> {
  const out = new Map<number, RelationCandidate[]>();
  const { tails, heads } = kinds;
  if ((!tails && !heads) || !dateline) return out;
  const here = resolved.entities.byId.get(dateline);
  const countryOfHere = here?.type === "LOCATION" && here.entry?.country;
  const inHere = (id: string) => {
    const e = resolved.entities.byId.get(id);
    return id === dateline || (!!countryOfHere && e?.type === "COUNTRY" && e.name === countryOfHere);
  };
  const done = new Set(placed.filter((r) => r.type === "LOCATED_IN").map((r) => r.source));
  resolved.mentions.forEach((mentions, i) => {
    const places = mentions.filter((m) => m.type === "LOCATION" || m.type === "COUNTRY");
    for (const m of places) {
      const id = m.ids[0]!;
      const building = resolved.entities.byId.get(id);
      if (!building || building.entry || building.type !== "LOCATION" || done.has(id) || id === dateline) continue;
      const named =
        !!tails?.has(foldName(building.name).split(" ").at(-1)!) || !!heads?.lengthAt(building.name.toLowerCase().split(" "), 0);
      if (!named) continue;
      if (places.some((p) => p !== m && !p.ids.every(inHere))) continue;
      done.add(id);
      const candidate: RelationCandidate = {
        type: "LOCATED_IN",
        source: id,
        target: dateline,
        status: "occurred",
        rule: BUILDING_AT_DATELINE_RULE,
        confidence: CONFIDENCE,
      };
      out.set(i, [...(out.get(i) ?? []), candidate]);
    }
  });
  return out;
}
