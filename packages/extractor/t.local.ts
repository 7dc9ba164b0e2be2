import { loadLexicon } from "/work/wt-en/packages/extractor/src/lexicon/load-lexicon.ts";
import { extractArticle } from "/work/wt-en/packages/extractor/src/pipeline.ts";
const lexicon = loadLexicon();
const text = process.argv.slice(2).join(" ");
const x = extractArticle({ id: "a", file: "a.txt", text, lang: "en", published: "2024-06-20" }, lexicon);
const name = new Map(x.entities.map((e) => [e.id, e.name]));
console.log(x.entities.map((e) => e.name).join(" | "));
for (const r of x.relations) console.log(name.get(r.source), r.type, name.get(r.target), r.status);
