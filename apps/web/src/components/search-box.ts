import type { SearchHit, SearchIndex } from "../core/search/search-index.ts";
import { h } from "./dom.ts";

/**
 * Search with autocomplete over names and aliases (diacritics optional). Arrow keys move through the
 * suggestions, Enter picks the highlighted (or first) one, Escape closes the list.
 */
export function searchBox(
  index: SearchIndex,
  onPick: (entityId: string) => void,
  { id = "search-suggestions", label = "Search entities", placeholder = "Search names and aliases (e.g. binh nhuong)" } = {},
): HTMLElement {
  const input = h("input", {
    class: "search-input",
    attrs: {
      type: "search",
      placeholder,
      "aria-label": label,
      autocomplete: "off",
      role: "combobox",
      "aria-controls": id,
      "aria-expanded": "false",
    },
  });
  const list = h("ul", { class: "search-suggestions", attrs: { id, role: "listbox", hidden: "" } });
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    onPick(hit.entityId);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          "li",
          {
            class: i === active ? "active" : "",
            attrs: { role: "option", "aria-selected": String(i === active) },
            dataset: { entityId: hit.entityId },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                pick(hit);
              },
            },
          },
          h("span", { class: "suggestion-name" }, hit.name),
          hit.matchedAlias ? h("span", { class: "suggestion-alias" }, hit.matchedAlias) : null,
        ),
      ),
      ...(hits.length === 0 && input.value.trim() ? [h("li", { class: "empty" }, "No match")] : []),
    );
    list.hidden = !input.value.trim();
    input.setAttribute("aria-expanded", String(!list.hidden));
  };

  input.addEventListener("input", () => {
    hits = index.search(input.value, 12);
    active = 0;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length) active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === "Enter") {
      pick(hits[active]);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
  return h("div", { class: "search-box" }, input, list);
}
