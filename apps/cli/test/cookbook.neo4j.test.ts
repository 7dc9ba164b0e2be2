// Runs every query of docs/cypher-cookbook.md against the real server loaded with the extracted sample corpus,
// and checks rows verified by hand against the article text. Assertions look for expected rows and tolerate
// extra ones (the extractor keeps improving; other tests may load data next to ours).
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFiles } from "@news-kg/extractor";
import { connect, documentSource, loadGraph, resetGraph } from "@news-kg/loader";
import { neo4jConnection } from "@news-kg/neo4j-local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prefixIds } from "./helpers/prefix-ids.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
type Row = Record<string, unknown>;

interface CookbookQuery {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** The ```cypher blocks of the cookbook, with their `// name:` and `// :param name => value` lines. */
export function parseCookbook(markdown: string): CookbookQuery[] {
  return [...markdown.matchAll(/```cypher\n([\s\S]*?)```/g)].map(([, block = ""]) => {
    const name = /^\/\/ name: (.+)$/m.exec(block)?.[1]?.trim();
    if (!name) throw new Error(`cookbook block without a "// name:" line:\n${block}`);
    const params = Object.fromEntries(
      [...block.matchAll(/^\/\/ :param (\w+) => (.+)$/gm)].map(([, key, value]) => [key, JSON.parse(value as string)]),
    );
    return { name, cypher: block, params };
  });
}

const token = randomBytes(4).toString("hex");
const loadedBy = `test-cookbook-${token}`;
const prefix = `cookbook-${token}:`;
let driver: Awaited<ReturnType<typeof connect>>;
let queries: CookbookQuery[];

const text = (value: unknown) => String(value ?? "");
const isPutin = (value: unknown) => text(value).includes("Putin");
const isKim = (value: unknown) => text(value).includes("Kim Jong Un");
const isNorthKorea = (value: unknown) => /North Korea|Triều Tiên|Bình Nhưỡng|Pyongyang/.test(text(value));
const ownArticle = (value: unknown, id: string) => text(value) === `${prefix}${id}`;

/** Per query: parameters to override (ids carry this test's prefix) and what the rows must contain. */
const EXPECTATIONS: Record<string, { params?: Record<string, unknown>; check: (rows: Row[]) => void }> = {
  // 001: "Chủ tịch Triều Tiên Kim Jong Un gặp Tổng thống Nga Vladimir Putin tại Trung tâm vũ trụ Vostochny ..."
  "who-met-whom": {
    check: (rows) => expect(rows.some((r) => (isKim(r.one) && isPutin(r.other)) || (isPutin(r.one) && isKim(r.other)))).toBe(true),
  },
  "meetings-of-a-person": { check: (rows) => expect(rows.some((r) => isPutin(r.person) && isKim(r.met))).toBe(true) },
  // 001: "Nhà Trắng cáo buộc Bình Nhưỡng gửi tên lửa ...", "Hàn Quốc cáo buộc Bình Nhưỡng cung cấp ..."; 002: "Mỹ ... cáo buộc Triều Tiên ..."
  "accusations-with-sources": {
    check: (rows) =>
      expect(
        rows.some(
          (r) =>
            isNorthKorea(r.accused) &&
            text(r.sentence).includes("cáo buộc") &&
            (ownArticle(r.article, "001_ed244e5b513cb22f") || ownArticle(r.article, "002_7383740b45c812be")),
        ),
      ).toBe(true),
  },
  // 001: Choe Son Hui "tới Mátxcơva để gặp ông Putin và người đồng cấp Nga Sergei Lavrov"; Putin met Kim.
  "shortest-paths": {
    check: (rows) => {
      const path = rows.find((r) => (r.names as string[]).at(0)?.includes("Lavrov") && isKim((r.names as string[]).at(-1)));
      expect(path).toBeDefined();
      expect(path?.hops).toBeLessThanOrEqual(3);
    },
  },
  // 003: "chuyên cơ chở Tổng thống Nga Vladimir Putin hạ cánh xuống sân bay Bình Nhưỡng"; 000: visit to Pyongyang in 7/2000.
  "visits-to-a-country": { check: (rows) => expect(rows.some((r) => isPutin(r.visitor) && r.status === "occurred")).toBe(true) },
  "planned-versus-occurred": {
    check: (rows) => {
      expect(rows.some((r) => r.relation === "MET" && r.status === "occurred" && (r.facts as number) >= 1)).toBe(true);
      // 000: Putin "bày tỏ sẵn sàng sớm đến thăm Bình Nhưỡng".
      expect(rows.some((r) => r.status === "planned")).toBe(true);
    },
  },
  // Planned in January 2024 (000, 001), done in June 2024 (003): Putin's visit, and his next meeting with Kim.
  "plans-that-came-true": { check: (rows) => expect(rows.some((r) => isPutin(r.actor) || isPutin(r.other))).toBe(true) },
  "articles-behind-an-edge": {
    check: (rows) => {
      const from001 = rows.find((r) => ownArticle(r.article, "001_ed244e5b513cb22f"));
      expect((from001!.sentences as string[]).some((s) => s.includes("Kim Jong Un gặp Tổng thống Nga Vladimir Putin"))).toBe(true);
    },
  },
  "most-connected": { params: { graph: loadedBy }, check: (rows) => expect(rows.slice(0, 3).some((r) => isPutin(r.actor))).toBe(true) },
  "full-text-search": { check: (rows) => expect(isPutin(rows[0]?.name)).toBe(true) },
  // 001: "Ngoại trưởng Triều Tiên Choe Son Hui", "người đồng cấp Nga Sergei Lavrov".
  "official-roles": { check: (rows) => expect(rows.some((r) => /Choe Son Hui|Lavrov/.test(text(r.person)))).toBe(true) },
  // 000: "Chủ tịch Triều Tiên Kim Jong Il - cha của ông Kim Jong Un".
  families: { check: (rows) => expect(rows.some((r) => text(r.parent).includes("Kim Jong Il") && isKim(r.child))).toBe(true) },
  // 003: "Tổng thống Nga Vladimir Putin và nhà lãnh đạo Triều Tiên Kim Jong Un đã bắt đầu cuộc hội đàm song phương".
  "facts-of-an-article": {
    params: { article: `${prefix}003_30d6cea7bdaef247` },
    check: (rows) =>
      expect(rows.some((r) => r.relation === "MET" && [r.source, r.target].some(isPutin) && [r.source, r.target].some(isKim))).toBe(true),
  },
  "most-mentioned": {
    check: (rows) => {
      const row = rows.find((r) => ownArticle(r.article, "003_30d6cea7bdaef247"));
      expect((row!.most_mentioned as string[]).some((m) => isPutin(m) || isKim(m))).toBe(true);
    },
  },
};

beforeAll(async () => {
  queries = parseCookbook(await readFile(join(ROOT, "docs/cypher-cookbook.md"), "utf8"));
  driver = await connect(neo4jConnection());
  const { document } = await extractFiles([join(ROOT, "corpus")]);
  await loadGraph(driver, documentSource(prefixIds(document, prefix)), { loadedBy });
});

afterAll(async () => {
  await resetGraph(driver, { loadedBy });
  await driver.close();
});

describe("Cypher cookbook", () => {
  it("has at least 10 named queries, each with a checked expectation", () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
    expect(queries.map((q) => q.name).sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  it.each(Object.keys(EXPECTATIONS))("%s answers as the articles say", async (name) => {
    const query = queries.find((q) => q.name === name);
    expect(query, `no cookbook query named ${name}`).toBeDefined();
    const expectation = EXPECTATIONS[name] as (typeof EXPECTATIONS)[string];
    const { records } = await driver.executeQuery(query?.cypher ?? "", { ...query?.params, ...expectation.params }, { routing: "READ" });
    const rows = records.map((record) => record.toObject());
    expect(rows.length).toBeGreaterThan(0);
    expectation.check(rows);
  });
});
