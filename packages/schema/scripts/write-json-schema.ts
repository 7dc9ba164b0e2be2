// Publishes the graph document as a JSON Schema for users of other languages.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { GraphDocument } from "../src/graph-document.ts";

const out = fileURLToPath(new URL("../graph-document.schema.json", import.meta.url));
const schema = {
  $id: "https://github.com/news-kg/news-kg/graph-document.schema.json",
  title: "GraphDocument",
  ...z.toJSONSchema(GraphDocument, { unrepresentable: "any" }),
};
writeFileSync(out, JSON.stringify(schema, null, 2) + "\n");
console.log(`schema: wrote ${out}`);
