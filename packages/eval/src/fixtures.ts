import { fileURLToPath } from "node:url";

/** The bundled gold and canonical entities (the user's files, copied from the evaluation set). */
export const FIXTURES = {
  seedsGold: fileURLToPath(new URL("../fixtures/seeds-gold.json", import.meta.url)),
  devGold: fileURLToPath(new URL("../fixtures/dev-gold.json", import.meta.url)),
  entities: fileURLToPath(new URL("../fixtures/entities.json", import.meta.url)),
};
