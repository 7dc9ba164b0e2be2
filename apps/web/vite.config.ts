import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";

/** In `vite dev`, serves the document named by KG_GRAPH (default: the sample graph) at /graph.json. */
function devGraph(): Plugin {
  const path = resolve(import.meta.dirname, process.env.KG_GRAPH ?? "../../out/sample-graph.json");
  return {
    name: "news-kg-dev-graph",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use("/graph.json", (_req, res) => {
        if (!existsSync(path)) {
          res.statusCode = 404;
          res.end(`no graph at ${path}: run npm run demo or set KG_GRAPH`);
          return;
        }
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.end(readFileSync(path));
      });
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [devGraph()],
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      // zod's sources carry comments Rollup cannot place; they are harmless and only clutter the output.
      onwarn(warning, warn) {
        if (warning.code !== "INVALID_ANNOTATION") warn(warning);
      },
    },
  },
});
