import { defineConfig } from "vitest/config";

// Tests that kill and restart the shared Neo4j server (*.serial.test.ts): run after the main suite
// (`npm run test:all`), one file at a time, so that no other test sees the server go away.
export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.serial.test.ts", "apps/*/test/**/*.serial.test.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    globalSetup: ["packages/neo4j-local/test-setup/global-setup.ts"],
  },
});
