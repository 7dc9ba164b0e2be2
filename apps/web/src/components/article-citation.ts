import type { Article } from "@news-kg/schema";
import { safeWebUrl } from "../core/data/safe-url.ts";
import { h } from "./dom.ts";

/** An article named as a source: its title (a link when it has a web URL), outlet and date; the id when untitled. */
export function articleCitation(articleId: string, article: Article | undefined): HTMLElement {
  const url = safeWebUrl(article?.url);
  const title = article?.title || articleId;
  return h(
    "span",
    { class: "article-citation", dataset: { articleId } },
    url ? h("a", { attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } }, title) : h("span", {}, title),
    article?.source ? ` · ${article.source}` : "",
    article?.published ? ` · ${article.published}` : "",
  );
}
