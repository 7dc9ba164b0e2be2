import { dayToIsoDate } from "../dates/partial-date.ts";

const XML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity]!);

/**
 * Makes a GEXF document dynamic for Gephi's timeline: `mode="dynamic" timeformat="date"` on the graph,
 * and `start` / `end` (ISO dates) on each edge that `days` dates. graphology's writer has no notion of
 * time, so the attributes are added to its output; edges without dates stay in every time slice.
 */
export function withTimeIntervals(gexf: string, days: ReadonlyMap<string, readonly [number, number]>): string {
  return gexf.replace("<graph ", '<graph mode="dynamic" timeformat="date" ').replace(/<edge id="([^"]*)"/g, (tag, id: string) => {
    const range = days.get(unescapeXml(id));
    return range ? `${tag} start="${dayToIsoDate(range[0])}" end="${dayToIsoDate(range[1])}"` : tag;
  });
}
