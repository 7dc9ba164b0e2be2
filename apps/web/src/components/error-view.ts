import { h } from "./dom.ts";

/** A readable failure: what went wrong, each schema problem with its path, and a way to open another file. */
export function errorView(message: string, issues: readonly { path: string; message: string }[], onOpenFile: () => void): HTMLElement {
  const shown = issues.slice(0, 50);
  return h(
    "section",
    { class: "error-view", attrs: { role: "alert" } },
    h("h2", {}, "Cannot show this graph"),
    h("p", { class: "error-message" }, message),
    shown.length > 0 &&
      h("ul", { class: "error-issues" }, ...shown.map((issue) => h("li", {}, h("code", {}, issue.path || "(root)"), ": ", issue.message))),
    issues.length > shown.length && h("p", {}, `… and ${issues.length - shown.length} more problems.`),
    h("p", {}, "Open a graph document made by ", h("code", {}, "kg extract"), ", or drop one on this page."),
    h("button", { class: "primary", on: { click: onOpenFile } }, "Open a graph file…"),
  );
}
