// Which facts reloaded articles stopped supporting: the keys an article recorded at its previous load minus
// the keys it has now. Grouped per relationship type and fact, since statements are per type.
import type { RelationType } from "@news-kg/schema";
import { parseRelationKey } from "./graph-model.ts";

export interface WithdrawRow {
  relationId: string;
  /** Articles whose evidence on this fact is withdrawn. */
  articleIds: string[];
}

export function staleEvidence(
  previousKeys: Iterable<{ articleId: string; keys: string[] }>,
  currentKeys: (articleId: string) => ReadonlySet<string> | undefined,
): Map<RelationType, WithdrawRow[]> {
  const byKey = new Map<string, string[]>();
  for (const { articleId, keys } of previousKeys) {
    const current = currentKeys(articleId);
    for (const key of keys) {
      if (current?.has(key)) continue;
      const articles = byKey.get(key);
      if (articles) articles.push(articleId);
      else byKey.set(key, [articleId]);
    }
  }
  const byType = new Map<RelationType, WithdrawRow[]>();
  for (const [key, articleIds] of byKey) {
    const { type, relationId } = parseRelationKey(key);
    const rows = byType.get(type) ?? [];
    rows.push({ relationId, articleIds });
    byType.set(type, rows);
  }
  return byType;
}
