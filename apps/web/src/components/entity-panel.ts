import type { Article, Entity } from "@news-kg/schema";
import type { RelationGroup } from "../core/panel/relations-by-type.ts";
import { ENTITY_COLORS, RELATION_COLORS } from "../core/styling/palette.ts";
import { articleCitation } from "./article-citation.ts";
import { h } from "./dom.ts";
import { relationDateText } from "./relation-date-text.ts";

export interface PanelActions {
  selectEntity(entityId: string): void;
  selectRelation(relationId: string): void;
}

/**
 * A node's card: type, aliases, and the relations the filters show, grouped by type, each with its date,
 * its first evidence sentence and that sentence's article. `hidden` counts the relations the filters hide.
 */
export function entityPanel(
  entity: Entity,
  groups: readonly RelationGroup[],
  hidden: number,
  articles: ReadonlyMap<string, Article>,
  actions: PanelActions,
  tools: HTMLElement,
): HTMLElement {
  return h(
    "article",
    { class: "entity-panel", dataset: { entityId: entity.id } },
    h(
      "p",
      { class: "kicker" },
      h("span", { class: "swatch-node", style: { background: ENTITY_COLORS[entity.type] } }),
      entity.type.toLowerCase(),
    ),
    h("h2", { class: "entity-name" }, entity.name),
    entity.aliases.length > 0 && h("p", { class: "aliases" }, h("span", { class: "field-name" }, "Also: "), entity.aliases.join(" · ")),
    tools,
    groups.length === 0 && h("p", { class: "muted" }, "No relations."),
    hidden > 0 && h("p", { class: "muted hidden-count" }, `${hidden} more hidden by the filters.`),
    ...groups.map((group) =>
      h(
        "section",
        { class: "relation-group", dataset: { relationType: group.type } },
        h(
          "h3",
          {},
          h("span", { class: "swatch-line", style: { background: RELATION_COLORS[group.type] } }),
          `${group.type} (${group.entries.length})`,
        ),
        h(
          "ul",
          {},
          ...group.entries.map(({ relation, other, direction, date }) =>
            h(
              "li",
              { class: `relation-entry status-${relation.status}`, dataset: { relationId: relation.id } },
              h(
                "button",
                { class: "link", title: "Show evidence", on: { click: () => actions.selectRelation(relation.id) } },
                direction === "out" ? "→ " : "← ",
                other.name,
              ),
              h("span", { class: "relation-meta" }, relationDateText(date), relation.status === "occurred" ? "" : ` · ${relation.status}`),
              h("blockquote", { class: "evidence-snippet" }, relation.evidence[0]!.sentence),
              h(
                "p",
                { class: "evidence-source" },
                articleCitation(relation.evidence[0]!.articleId, articles.get(relation.evidence[0]!.articleId)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
