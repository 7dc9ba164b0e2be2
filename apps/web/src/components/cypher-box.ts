import { neo4jBrowserUrl } from "../core/cypher/neo4j-browser-url.ts";
import { h, replaceChildren } from "./dom.ts";

/** A question of the current view, written out as one Cypher statement. */
export interface CypherEntry {
  title: string;
  text: string;
}

/**
 * The _Cypher_ control: the statements behind the current view, each in a read-only text field to copy,
 * with a link that opens it in Neo4j Browser's editor. Written when opened and on `refresh` while open,
 * never before: the text follows the view. Everything is set as text or attribute values, never as markup.
 */
export function cypherBox(questions: () => CypherEntry[], browserBase: string): { element: HTMLElement; refresh(): void } {
  const body = h("div", { class: "cypher-body" });
  const details = h(
    "details",
    { class: "cypher-box" },
    h("summary", { class: "chip", attrs: { "aria-label": "Cypher of this view, and a link to Neo4j Browser" } }, "Cypher"),
    body,
  );
  const refresh = () => {
    if (!details.open) return;
    const entries = questions();
    replaceChildren(
      body,
      entries.length === 0 && h("p", { class: "muted" }, "Nothing asked yet: search for an entity."),
      ...entries.map((entry, i) => {
        const field = h("textarea", { class: "cypher-text", attrs: { readonly: "", rows: "8", "aria-label": `Cypher: ${entry.title}` } });
        field.value = entry.text;
        return h(
          "div",
          { class: "cypher-entry", dataset: { index: String(i) } },
          h("div", { class: "cypher-title" }, entry.title),
          field,
          h(
            "div",
            { class: "tool-row" },
            h(
              "button",
              {
                class: "chip",
                dataset: { action: "copy-cypher" },
                on: {
                  click: () => {
                    field.select();
                    void navigator.clipboard?.writeText(entry.text).catch(() => document.execCommand("copy"));
                  },
                },
              },
              "Copy",
            ),
            h(
              "a",
              { class: "chip", attrs: { href: neo4jBrowserUrl(browserBase, entry.text), target: "_blank", rel: "noopener noreferrer" } },
              "Open in Neo4j Browser",
            ),
          ),
        );
      }),
    );
  };
  details.addEventListener("toggle", refresh);
  return { element: details, refresh };
}
