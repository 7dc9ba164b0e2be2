import type { SearchHit, SearchSource } from "../core/search/search-index.ts";
import { h } from "./dom.ts";

/**
 * Search with autocomplete over names and aliases (diacritics optional). Arrow keys move through the
 * suggestions, Enter picks the highlighted (or first) one, Escape closes the list; a pick leaves the box. A source
 * that answers later (the live API) is asked once typing pauses, or at once on Enter; an answer to an older text
 * than the box holds is dropped.
 */
export function searchBox(
  index: SearchSource,
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
  let failure: string | undefined;
  let asked = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    // The box lets go of the focus once it has done its work: a focused box blinks its caret, a frame every half
    // second on a page that has nothing else to draw (each a full composite where the GPU is emulated).
    input.blur();
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
          hit.detail ? h("span", { class: "suggestion-detail" }, hit.detail) : null,
        ),
      ),
      ...(hits.length === 0 && input.value.trim() ? [h("li", { class: "empty" }, failure ?? "No match")] : []),
    );
    list.hidden = !input.value.trim();
    input.setAttribute("aria-expanded", String(!list.hidden));
  };

  const run = async () => {
    pending = undefined;
    const ask = ++asked;
    let found: SearchHit[];
    try {
      found = await index.search(input.value, 12);
      failure = undefined;
    } catch (error) {
      found = [];
      failure = `Search failed: ${(error as Error).message}`;
    }
    if (ask !== asked) return;
    hits = found;
    active = 0;
    render();
  };
  input.addEventListener("input", () => {
    clearTimeout(pending);
    if (index.debounceMs === undefined) void run();
    else pending = setTimeout(run, index.debounceMs);
  });
  input.addEventListener("keydown", async (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length) active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === "Enter") {
      // Typed and entered before the pause: ask now, and pick from that answer.
      if (pending !== undefined) {
        clearTimeout(pending);
        await run();
      }
      pick(hits[active]);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
  return h("div", { class: "search-box" }, input, list);
}
