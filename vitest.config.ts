import { configDefaults, defineConfig } from "vitest/config";

// A test file's name says what it needs: *.neo4j.test.ts a Neo4j server, *.browser.test.ts Chromium,
// *.serial.test.ts the server to itself (it kills and restarts it); plain *.test.ts needs no service.
const TEST_ROOTS = ["packages/*/test/**", "apps/*/test/**"];
const testFiles = (suffix: string) => TEST_ROOTS.map((root) => `${root}/*${suffix}`);
const SERVICE_SUFFIXES = [".neo4j.test.ts", ".browser.test.ts", ".serial.test.ts"];
// Makes sure a Neo4j server answers (NEO4J_URI, else the local one in .cache/neo4j) before the project's tests.
const NEO4J_SETUP = ["packages/neo4j-local/test-setup/global-setup.ts"];
const TIMEOUT_MS = 30_000;
// A freshly started server compiles its query paths during the first loads and schema writes: slow on a busy
// 2-core machine, for tests and their set-up hooks alike.
const NEO4J_TIMEOUT_MS = 120_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: testFiles(".test.ts"),
          exclude: [...configDefaults.exclude, ...SERVICE_SUFFIXES.map((suffix) => `**/*${suffix}`)],
          testTimeout: TIMEOUT_MS,
        },
      },
      { test: { name: "browser", include: testFiles(".browser.test.ts"), testTimeout: TIMEOUT_MS } },
      {
        test: {
          name: "neo4j",
          include: testFiles(".neo4j.test.ts"),
          testTimeout: NEO4J_TIMEOUT_MS,
          hookTimeout: NEO4J_TIMEOUT_MS,
          globalSetup: NEO4J_SETUP,
        },
      },
      {
        // Runs after every other project has finished, one file at a time, so no other test sees the server go away.
        test: {
          name: "serial",
          include: testFiles(".serial.test.ts"),
          testTimeout: NEO4J_TIMEOUT_MS,
          hookTimeout: NEO4J_TIMEOUT_MS,
          globalSetup: NEO4J_SETUP,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
