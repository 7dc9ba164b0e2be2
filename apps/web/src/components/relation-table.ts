import type { RelationRow } from "../core/table/relation-row.ts";
import type { SortKey, TableSort } from "../core/table/table-sort.ts";
import { articleCitation } from "./article-citation.ts";
import { h } from "./dom.ts";
import { relationDateText } from "./relation-date-text.ts";

export interface TableActions {
  sortBy(key: SortKey): void;
  selectRelation(relationId: string): void;
  exportCsv(): void;
  close(): void;
}

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: "source", label: "Source" },
  { key: "type", label: "Type" },
  { key: "target", label: "Target" },
  { key: "status", label: "Status" },
  { key: "date", label: "Date" },
  { key: "evidence", label: "Evidence" },
  { key: "article", label: "Article" },
];

/**
 * The relations the filters show, one row each, with the first sentence and its article. Column
 * headers sort (again to reverse); a row, or Enter on it, selects its relation.
 */
export function relationTable(
  rows: readonly RelationRow[],
  total: number,
  sort: TableSort,
  selected: string | undefined,
  actions: TableActions,
): HTMLElement {
  const header = h(
    "tr",
    {},
    ...COLUMNS.map(({ key, label }) => {
      const active = sort.key === key;
      return h(
        "th",
        { attrs: { scope: "col", "aria-sort": active ? (sort.descending ? "descending" : "ascending") : "none" } },
        h(
          "button",
          { class: "sort", dataset: { sort: key }, on: { click: () => actions.sortBy(key) } },
          label,
          active ? (sort.descending ? " ▼" : " ▲") : "",
        ),
      );
    }),
    h("th", { attrs: { scope: "col" } }, "First sentence"),
  );
  const body = rows.map((row) => {
    const { relation } = row;
    const select = () => actions.selectRelation(relation.id);
    return h(
      "tr",
      {
        class: `status-${relation.status}${relation.id === selected ? " selected" : ""}`,
        attrs: { tabindex: "0", ...(relation.id === selected ? { "aria-selected": "true" } : {}) },
        dataset: { relationId: relation.id, focusKey: `row:${relation.id}` },
        on: {
          click: (event) => {
            // A click on the article link opens the article, it does not select the row.
            if (!(event.target instanceof HTMLAnchorElement)) select();
          },
          keydown: (event) => {
            if (event.key === "Enter" && event.target === event.currentTarget) select();
          },
        },
      },
      h("td", {}, row.sourceName),
      h("td", {}, relation.type),
      h("td", {}, row.targetName),
      h("td", {}, relation.status),
      h("td", {}, relationDateText(row.date)),
      h("td", { class: "number" }, String(row.evidenceCount)),
      h("td", {}, articleCitation(relation.evidence[0]!.articleId, row.article)),
      h("td", { class: "sentence" }, row.firstSentence),
    );
  });
  return h(
    "section",
    { class: "table-view", attrs: { "aria-label": "Relation table" } },
    h(
      "div",
      { class: "table-bar" },
      h("span", { class: "table-count" }, `${rows.length} of ${total} relations`),
      h("button", { dataset: { action: "export-csv" }, on: { click: actions.exportCsv } }, "CSV"),
      h("button", { dataset: { action: "close-table" }, on: { click: actions.close } }, "Back to graph"),
    ),
    h("div", { class: "table-scroll" }, h("table", { class: "relation-table" }, h("thead", {}, header), h("tbody", {}, ...body))),
  );
}
