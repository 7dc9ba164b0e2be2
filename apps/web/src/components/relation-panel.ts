import type { Relation } from "@news-kg/schema";
import type { DocumentIndex } from "../core/data/document-index.ts";
import { relationDate, type RelationDate } from "../core/dates/relation-date.ts";
import { RELATION_COLORS } from "../core/styling/palette.ts";
import { articleCitation } from "./article-citation.ts";
import { h } from "./dom.ts";
import type { PanelActions } from "./entity-panel.ts";

const field = (name: string, value: string | undefined) =>
  value ? h("div", { class: "field" }, h("dt", {}, name), h("dd", {}, value)) : null;

const dateText = (date: RelationDate | undefined) =>
  !date ? "not stated" : date.from === "text" ? date.date : `${date.date}, the article's date (the text gives none)`;

/**
 * A relation's card: ends, status, date, CAMEO code, and every evidence sentence with its article. With
 * `evidenceTotal` (live mode, when the answer carried only part of the evidence), it says so while the rest loads.
 */
export function relationPanel(relation: Relation, index: DocumentIndex, actions: PanelActions, evidenceTotal?: number): HTMLElement {
  const end = (id: string) =>
    h("button", { class: "link", on: { click: () => actions.selectEntity(id) } }, index.entities.get(id)?.name ?? id);
  const { role, cameo, ...otherProperties } = relation.properties;
  return h(
    "article",
    { class: "relation-panel", dataset: { relationId: relation.id } },
    h("p", { class: "kicker" }, h("span", { class: "swatch-line", style: { background: RELATION_COLORS[relation.type] } }), "relation"),
    h("h2", {}, end(relation.source), ` ${relation.type} `, end(relation.target)),
    h(
      "dl",
      { class: "fields" },
      field("Status", relation.status),
      field("Date", dateText(relationDate(relation, index.articles))),
      field("CAMEO code", cameo),
      field("Role", role),
      ...Object.entries(otherProperties).map(([key, value]) => field(key, String(value))),
      field("Confidence", relation.confidence.toFixed(2)),
    ),
    h(
      "h3",
      {},
      evidenceTotal === undefined ? `Evidence (${relation.evidence.length})` : `Evidence (${relation.evidence.length} of ${evidenceTotal})`,
    ),
    evidenceTotal === undefined ? null : h("p", { class: "evidence-more muted" }, `Loading all ${evidenceTotal}…`),
    h(
      "ol",
      { class: "evidence-list" },
      ...relation.evidence.map((evidence) =>
        h(
          "li",
          { class: "evidence" },
          h("blockquote", { class: "evidence-sentence" }, evidence.sentence),
          h(
            "p",
            { class: "evidence-source" },
            articleCitation(evidence.articleId, index.articles.get(evidence.articleId)),
            h("span", { class: "muted" }, ` · rule ${evidence.rule}`),
          ),
        ),
      ),
    ),
  );
}
