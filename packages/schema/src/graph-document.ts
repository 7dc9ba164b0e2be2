import { z } from "zod";
import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES } from "./vocabulary.ts";

const nonEmpty = z.string().min(1);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the text allows. */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const Article = z.object({
  id: nonEmpty,
  title: z.string().optional(),
  url: z.string().optional(),
  published: PartialDate.optional(),
  lang: nonEmpty,
  source: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected a lowercase hex SHA-256"),
});

export const Entity = z.object({
  id: nonEmpty,
  name: nonEmpty,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
});

export const Evidence = z
  .object({
    articleId: nonEmpty,
    sentence: nonEmpty,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    rule: nonEmpty,
  })
  .refine((e) => e.end > e.start, { message: "end must be greater than start", path: ["end"] });

export const RelationProperties = z
  .object({
    role: z.string().optional(),
    cameo: z
      .string()
      .regex(/^\d{3,4}$/)
      .optional(),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean()]));

export const Relation = z.object({
  id: nonEmpty,
  source: nonEmpty,
  type: z.enum(RELATION_TYPES),
  target: nonEmpty,
  status: z.enum(RELATION_STATUSES),
  date: PartialDate.optional(),
  properties: RelationProperties,
  confidence: z.number().min(0).max(1),
  evidence: z.array(Evidence).min(1),
});

/** How often an article names an entity (any surface form, after coreference). */
export const Mention = z.object({
  articleId: nonEmpty,
  entityId: nonEmpty,
  count: z.number().int().positive(),
});

const GraphDocumentShape = z.object({
  articles: z.array(Article),
  entities: z.array(Entity),
  relations: z.array(Relation),
  mentions: z.array(Mention).optional(),
});

/** Ids are unique, and every reference points at something in the same document. */
export const GraphDocument = GraphDocumentShape.superRefine((doc, ctx) => {
  const uniqueIds = (items: { id: string }[], where: "articles" | "entities" | "relations") => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", message: `duplicate id "${item.id}"`, path: [where, i, "id"] });
      seen.add(item.id);
    });
    return seen;
  };
  const articleIds = uniqueIds(doc.articles, "articles");
  const entityIds = uniqueIds(doc.entities, "entities");
  uniqueIds(doc.relations, "relations");
  doc.relations.forEach((r, i) => {
    for (const end of ["source", "target"] as const) {
      if (!entityIds.has(r[end])) ctx.addIssue({ code: "custom", message: `unknown entity "${r[end]}"`, path: ["relations", i, end] });
    }
    r.evidence.forEach((ev, j) => {
      if (!articleIds.has(ev.articleId)) {
        ctx.addIssue({ code: "custom", message: `unknown article "${ev.articleId}"`, path: ["relations", i, "evidence", j, "articleId"] });
      }
    });
  });
  doc.mentions?.forEach((m, i) => {
    if (!articleIds.has(m.articleId))
      ctx.addIssue({ code: "custom", message: `unknown article "${m.articleId}"`, path: ["mentions", i, "articleId"] });
    if (!entityIds.has(m.entityId))
      ctx.addIssue({ code: "custom", message: `unknown entity "${m.entityId}"`, path: ["mentions", i, "entityId"] });
  });
});

export type Article = z.infer<typeof Article>;
export type Entity = z.infer<typeof Entity>;
export type Mention = z.infer<typeof Mention>;
export type Evidence = z.infer<typeof Evidence>;
export type Relation = z.infer<typeof Relation>;
export type RelationProperties = z.infer<typeof RelationProperties>;
export type GraphDocument = z.infer<typeof GraphDocumentShape>;
