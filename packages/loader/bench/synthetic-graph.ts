// A seeded synthetic graph with realistic property sizes, generated lazily: each stream can be read any
// number of times and yields the same records, without the whole graph ever being in memory.
import { RELATION_TYPES, STATIC_RELATIONS, type Article, type Entity, type EntityType, type Mention, type Relation } from "@news-kg/schema";
import type { GraphSizes } from "@news-kg/loader";
import { pick, seededRandom } from "@news-kg/bench-kit";

export interface SyntheticSpec {
  entities: number;
  relations: number;
  /** Articles the evidence is spread over. */
  articles: number;
  /** Distinct entities each article mentions. */
  mentionsPerArticle: number;
  seed: number;
  /** Prefix of every id (tests share a server). */
  prefix?: string;
}

/** A GraphSource whose streams are plain (synchronous) iterables. */
export interface SyntheticGraph {
  articles(): Iterable<Article>;
  entities(): Iterable<Entity>;
  relations(): Iterable<Relation>;
  mentions(): Iterable<Mention>;
  sizes: GraphSizes;
}

const SYLLABLES = [
  "an",
  "bao",
  "chi",
  "dung",
  "hai",
  "khanh",
  "lan",
  "minh",
  "ngoc",
  "phuong",
  "quang",
  "son",
  "thanh",
  "tuan",
  "vy",
  "kor",
  "lev",
  "mir",
  "nov",
  "pet",
  "sha",
  "vol",
  "yar",
  "zin",
];
const WORDS = [
  "tổng thống",
  "ngoại trưởng",
  "hội đàm",
  "chuyến thăm",
  "hợp tác",
  "quan hệ",
  "song phương",
  "thỏa thuận",
  "bày tỏ",
  "khẳng định",
  "truyền thông",
  "nhà nước",
  "cho biết",
  "theo",
  "ngày",
  "tháng",
  "năm",
  "với",
  "và",
  "của",
  "tại",
  "về",
  "đã",
  "sẽ",
  "trong",
  "khu vực",
];
const ENTITY_TYPES_BY_WEIGHT: EntityType[] = [
  "PERSON",
  "PERSON",
  "PERSON",
  "PERSON",
  "ORGANIZATION",
  "ORGANIZATION",
  "LOCATION",
  "LOCATION",
  "COUNTRY",
];
const STATUSES = ["occurred", "occurred", "occurred", "planned", "alleged"] as const;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const word = (rng: () => number) => capital(pick(rng, SYLLABLES) + pick(rng, SYLLABLES));
const pad = (n: number) => String(n).padStart(2, "0");
const hex = (rng: () => number, length: number) => Array.from({ length }, () => Math.floor(rng() * 16).toString(16)).join("");

/** Text of roughly `length` characters. */
function sentence(rng: () => number, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const next = rng() < 0.2 ? word(rng) : pick(rng, WORDS);
    parts.push(next);
    size += next.length + 1;
  }
  return capital(parts.join(" ")) + ".";
}

function date(rng: () => number): string {
  return `${2019 + Math.floor(rng() * 6)}-${pad(1 + Math.floor(rng() * 12))}-${pad(1 + Math.floor(rng() * 28))}`;
}

export function syntheticGraph(spec: SyntheticSpec): SyntheticGraph {
  const prefix = spec.prefix ?? "";
  const entityId = (i: number) => `${prefix}e${i}`;
  const articleId = (i: number) => `${prefix}a${i}`;
  // Skewed towards low numbers: a few hubs with many facts, as in news.
  const someEntity = (rng: () => number) => Math.floor(spec.entities * rng() ** 2);

  function* articles(): Generator<Article> {
    const rng = seededRandom(spec.seed * 4 + 1);
    for (let i = 0; i < spec.articles; i++) {
      yield {
        id: articleId(i),
        title: sentence(rng, 70),
        url: `https://news.example/${2019 + (i % 6)}/${articleId(i)}.html`,
        published: date(rng),
        lang: "vi",
        source: pick(rng, ["vnexpress", "tuoitre", "vtc", "vov"]),
        sha256: hex(rng, 64),
      };
    }
  }

  function* entities(): Generator<Entity> {
    const rng = seededRandom(spec.seed * 4 + 2);
    for (let i = 0; i < spec.entities; i++) {
      const given = word(rng);
      const family = word(rng);
      const aliases = [family, `${given.charAt(0)}. ${family}`, `${family} ${given}`].slice(0, 1 + Math.floor(rng() * 3));
      yield { id: entityId(i), name: `${given} ${family}`, type: pick(rng, ENTITY_TYPES_BY_WEIGHT), aliases };
    }
  }

  function* relations(): Generator<Relation> {
    const rng = seededRandom(spec.seed * 4 + 3);
    for (let i = 0; i < spec.relations; i++) {
      const source = someEntity(rng);
      let target = someEntity(rng);
      if (target === source) target = (source + 1) % spec.entities;
      const type = pick(rng, RELATION_TYPES);
      const evidence = Array.from({ length: 1 + Math.floor(rng() * 2) }, () => {
        const text = sentence(rng, 150);
        const start = Math.floor(rng() * 5000);
        return {
          articleId: articleId(Math.floor(rng() * spec.articles)),
          sentence: text,
          start,
          end: start + text.length,
          rule: `${type.toLowerCase()}-verb`,
        };
      });
      yield {
        id: `${prefix}r${i}`,
        source: entityId(source),
        type,
        target: entityId(target),
        status: pick(rng, STATUSES),
        ...(STATIC_RELATIONS.has(type) ? {} : { date: date(rng) }),
        properties:
          type === "OFFICIAL_OF"
            ? { role: pick(rng, ["bộ trưởng", "tổng thống", "người phát ngôn"]) }
            : { cameo: "0" + String(40 + Math.floor(rng() * 60)) },
        confidence: Math.round(rng() * 100) / 100,
        evidence,
      };
    }
  }

  function* mentions(): Generator<Mention> {
    const rng = seededRandom(spec.seed * 4 + 4);
    for (let a = 0; a < spec.articles; a++) {
      const seen = new Set<number>();
      while (seen.size < Math.min(spec.mentionsPerArticle, spec.entities)) seen.add(someEntity(rng));
      for (const e of seen) yield { articleId: articleId(a), entityId: entityId(e), count: 1 + Math.floor(rng() * 9) };
    }
  }

  return {
    articles,
    entities,
    relations,
    mentions,
    sizes: {
      articles: spec.articles,
      entities: spec.entities,
      relations: spec.relations,
      mentions: spec.articles * Math.min(spec.mentionsPerArticle, spec.entities),
    },
  };
}
