import { fileURLToPath } from "node:url";

/**
 * The bundled gold of the sample corpus and the canonical entities (the user's files, copied from the evaluation set).
 * The dev set is not bundled: `pnpm eval:dev`.
 */
export const FIXTURES = {
  seedsGold: fileURLToPath(new URL("../fixtures/seeds-gold.json", import.meta.url)),
  entities: fileURLToPath(new URL("../fixtures/entities.json", import.meta.url)),
};
