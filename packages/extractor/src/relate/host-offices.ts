import type { Relation } from "@news-kg/schema";
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { ResolvedArticle } from "../resolve/resolve-article.ts";
import { nameKey } from "../text/name-key.ts";
import { buildRelation } from "./build-relation.ts";

/** The rule of an office read from whom a visitor met. */
const HOST_RULE = "office-of-host";

/** Less sure than an office told with its country: the host is placed by the visit. */
const HOST_CONFIDENCE = 0.7;

/**
 * "Modi arrived in Male on Monday ... He later met Defence Minister X": someone the lexicon does not know, holding an
 * office told with no country, whom a visitor to one country met, holds that office in the country visited. An
 * office of a company or a place, or one posted abroad ("Ambassador X"), says nothing of the host's country, nor
 * does a meeting with the visitor's own kin.
 */
export function hostOffices(
  relations: Relation[],
  resolved: ResolvedArticle,
  lexicon: Lexicon,
  postedAbroad: ReadonlySet<string>,
): Relation[] {
  const byId = resolved.entities.byId;
  const placed = new Set(relations.filter((r) => r.type === "OFFICIAL_OF").map((r) => r.source));
  const visited = new Map<string, Set<string>>();
  for (const r of relations)
    if (r.type === "VISITED" && byId.get(r.target)?.type === "COUNTRY")
      visited.set(r.source, (visited.get(r.source) ?? new Set()).add(r.target));
  const bareHost = (id: string) => {
    const host = byId.get(id);
    if (host?.type !== "PERSON" || host.entry || placed.has(id) || !host.roles.length) return false;
    return host.roles.every((r) => {
      const office = r.cue ? lexicon.offices.get(nameKey(r.cue)) : undefined;
      return !r.affiliation && !r.former && !postedAbroad.has(r.role) && !office?.corporate && !office?.local;
    });
  };
  // A visitor's own kin travels with them: "the king, accompanied by his son, met X" makes the son no host.
  const kin = new Set(
    relations.filter((r) => r.type === "PARENT_OF").flatMap((r) => [`${r.source} ${r.target}`, `${r.target} ${r.source}`]),
  );
  const out: Relation[] = [];
  for (const met of relations.filter((r) => r.type === "MET"))
    for (const [host, guest] of [
      [met.source, met.target],
      [met.target, met.source],
    ] as const) {
      const trip = visited.get(guest);
      if (trip?.size !== 1 || kin.has(`${host} ${guest}`) || !bareHost(host)) continue;
      const [country] = trip;
      const candidate = { type: "OFFICIAL_OF" as const, source: host, target: country!, status: "occurred" as const, rule: HOST_RULE };
      out.push(buildRelation({ ...candidate, confidence: HOST_CONFIDENCE }, { ...met.evidence[0]!, rule: HOST_RULE }));
      placed.add(host);
    }
  return out;
}
