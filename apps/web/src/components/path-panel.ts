import type { Relation } from "@news-kg/schema";
import type { DocumentIndex } from "../core/data/document-index.ts";
import { relationDate } from "../core/dates/relation-date.ts";
import type { PathListing, PathStep } from "../core/paths/path-steps.ts";
import { articleCitation } from "./article-citation.ts";
import { h } from "./dom.ts";
import type { PanelActions } from "./entity-panel.ts";
import { relationDateText } from "./relation-date-text.ts";

function relationLine(relation: Relation, step: PathStep, index: DocumentIndex, actions: PanelActions): HTMLElement {
  const forward = relation.source === step.from.id;
  const evidence = relation.evidence[0]!;
  return h(
    "li",
    { class: `relation-entry status-${relation.status}`, dataset: { relationId: relation.id } },
    h(
      "button",
      { class: "link", title: "Show evidence", on: { click: () => actions.selectRelation(relation.id) } },
      forward ? `${step.from.name} ${relation.type} → ${step.to.name}` : `${step.to.name} ${relation.type} → ${step.from.name}`,
    ),
    h(
      "span",
      { class: "relation-meta" },
      relationDateText(relationDate(relation, index.articles)),
      relation.status === "occurred" ? "" : ` · ${relation.status}`,
      ` · ${relation.evidence.length} evidence`,
    ),
    h("blockquote", { class: "evidence-snippet" }, evidence.sentence),
    h("p", { class: "evidence-source" }, articleCitation(evidence.articleId, index.articles.get(evidence.articleId))),
  );
}

/** The shortest paths between two entities, listed step by step with each step's relations and evidence. */
export function pathPanel(input: PathListing, index: DocumentIndex, actions: PanelActions & { clearPath(): void }): HTMLElement {
  const { from, to, paths, count } = input;
  const length = paths[0]?.length ?? 0;
  return h(
    "article",
    { class: "path-panel" },
    h("p", { class: "kicker" }, "shortest path"),
    h(
      "h2",
      {},
      h("button", { class: "link", on: { click: () => actions.selectEntity(from.id) } }, from.name),
      " → ",
      h("button", { class: "link", on: { click: () => actions.selectEntity(to.id) } }, to.name),
    ),
    paths.length === 0
      ? h(
          "p",
          { class: "path-summary" },
          "No path joins them through the relations shown. Switch more relation types on, or widen the dates.",
        )
      : h(
          "p",
          { class: "path-summary" },
          `${length} ${length === 1 ? "step" : "steps"}; ${count} shortest ${count === 1 ? "path" : "paths"}`,
          count > paths.length ? ` (the first ${paths.length} listed)` : "",
          ". Over the relations shown, either direction.",
        ),
    ...paths.map((steps, i) =>
      h(
        "section",
        { class: "path", dataset: { path: String(i + 1) } },
        h("h3", {}, `Path ${i + 1}: ${[steps[0]!.from, ...steps.map((step) => step.to)].map((e) => e.name).join(" – ")}`),
        h(
          "ol",
          { class: "path-steps" },
          ...steps.map((step) =>
            h(
              "li",
              { class: "path-step" },
              h("span", { class: "step-ends" }, `${step.from.name} – ${step.to.name}`),
              h("ul", {}, ...step.relations.map((relation) => relationLine(relation, step, index, actions))),
            ),
          ),
        ),
      ),
    ),
    h("button", { class: "chip", dataset: { action: "clear-path" }, on: { click: actions.clearPath } }, "Clear path"),
  );
}
