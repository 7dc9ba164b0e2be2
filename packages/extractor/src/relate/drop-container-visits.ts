import type { Relation } from "@news-kg/schema";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import type { PhraseSet } from "./phrase-set.ts";
import { countryOf } from "./visits-at-venue.ts";

/**
 * Drops a visit to a place that holds another place the same sentence says the visitor went to ("tới thôn A, xã B,
 * huyện C": the visit is to A, the rest its address). A country stays: the country of a trip is a visit of its own.
 */
export function dropContainerVisits(relations: Relation[], resolved: ResolvedArticle): Relation[] {
  const where = (r: Relation) => `${r.evidence[0]!.articleId} ${r.evidence[0]!.start}`;
  const visited = new Set(relations.filter((r) => r.type === "VISITED").map((r) => `${where(r)} ${r.source} ${r.target}`));
  const holds = relations.filter((r) => r.type === "LOCATED_IN");
  return relations.filter(
    (r) =>
      r.type !== "VISITED" ||
      resolved.entities.byId.get(r.target)?.type !== "LOCATION" ||
      !holds.some(
        (place) => place.target === r.target && where(place) === where(r) && visited.has(`${where(r)} ${r.source} ${place.source}`),
      ),
  );
}

/**
 * Drops a visit to a building named by its head word ("Phủ Chủ tịch", "Dinh Tổng thống X", the pack's buildings) when
 * the visitor's visit to the building's country is told in the article: being received in a palace is the visit to
 * its country, as a building is no venue of its own (see venueOf). So is a visit to a capital named as a place ("dự
 * hội nghị tại X (Y)"): as a destination a capital is its country.
 */
export function dropBuildingVisits(relations: Relation[], resolved: ResolvedArticle, buildings: PhraseSet | undefined): Relation[] {
  const building = (id: string) => {
    const e = resolved.entities.byId.get(id);
    if (e?.type !== "LOCATION") return false;
    if (e.entry?.capital) return true;
    if (!buildings) return false;
    const names = [e.name, ...e.aliases, ...(e.entry?.aliases ?? [])];
    return names.some((name) => buildings.lengthAt(name.toLowerCase().split(" "), 0) > 0);
  };
  // Who visited which country, by the country's name (what countryOf gives).
  const countryVisits = new Set<string>();
  for (const v of relations) {
    const target = v.type === "VISITED" ? resolved.entities.byId.get(v.target) : undefined;
    if (target?.type === "COUNTRY") countryVisits.add(`${v.source} ${target.name}`);
  }
  return relations.filter((r) => {
    if (r.type !== "VISITED" || !building(r.target)) return true;
    const country = countryOf(r.target, resolved, relations);
    return !country || !countryVisits.has(`${r.source} ${country}`);
  });
}
