import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts"],
    // *.serial.test.ts restart the shared Neo4j server: vitest.serial.config.ts runs them alone, afterwards.
    exclude: [...configDefaults.exclude, "**/*.serial.test.ts"],
    testTimeout: 30_000,
    // Makes sure a Neo4j server answers (NEO4J_URI, else the local one in .cache/neo4j) before any test.
    globalSetup: ["packages/neo4j-local/test-setup/global-setup.ts"],
  },
});
