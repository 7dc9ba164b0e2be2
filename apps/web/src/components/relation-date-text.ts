import type { RelationDate } from "../core/dates/relation-date.ts";
import { h } from "./dom.ts";

/** A relation's date, marked when it is the report's publication date rather than a date the text gives. */
export function relationDateText(date: RelationDate | undefined): HTMLElement {
  if (!date) return h("span", { class: "relation-date muted" }, "undated");
  const marked = date.from === "article";
  return h(
    "span",
    {
      class: `relation-date${marked ? " from-article" : ""}`,
      title: marked ? "No date in the text: the date the article was published" : "The date the text gives",
    },
    date.date,
    marked ? " (article)" : "",
  );
}
