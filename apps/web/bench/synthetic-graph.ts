import { pick, seededRandom } from "@news-kg/bench-kit";
import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES, type GraphDocument } from "@news-kg/schema";

/**
 * A valid graph document of `nodes` entities and `edgesPerNode` relations per entity, each with one
 * evidence sentence, reported by a pool of articles over two years. Same seed, same document.
 */
export function syntheticDocument(nodes: number, edgesPerNode: number, seed: number): GraphDocument {
  const next = seededRandom(seed);
  const articleCount = Math.max(10, Math.round(nodes / 50));
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    id: `a${i}`,
    title: `Bản tin số ${i}`,
    url: `https://example.vn/tin/${i}`,
    published: `${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    lang: "vi",
    sha256: (i.toString(16) + "0".repeat(64)).slice(0, 64),
  }));
  const entities = Array.from({ length: nodes }, (_, i) => ({
    id: `e${i}`,
    name: `Thực thể ${i}`,
    type: pick(next, ENTITY_TYPES),
    aliases: [`Entity ${i}`],
  }));
  const relations = Array.from({ length: nodes * edgesPerNode }, (_, i) => {
    const source = Math.floor(i / edgesPerNode);
    // Mostly nearby ids, sometimes anywhere: clusters joined by long ties, as news graphs are.
    const target = next() < 0.8 ? (source + 1 + Math.floor(next() * 50)) % nodes : Math.floor(next() * nodes);
    const sentence = `Thực thể ${source} đã gặp thực thể ${target} trong khuôn khổ chuyến thăm.`;
    return {
      id: `r${i}`,
      source: `e${source}`,
      type: pick(next, RELATION_TYPES),
      target: `e${target === source ? (target + 1) % nodes : target}`,
      status: pick(next, RELATION_STATUSES),
      properties: {},
      confidence: 0.8,
      evidence: [{ articleId: pick(next, articles).id, sentence, start: 0, end: sentence.length, rule: "synthetic" }],
    };
  });
  return { articles, entities, relations };
}
