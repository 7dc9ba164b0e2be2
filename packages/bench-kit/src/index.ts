export { seededRandom } from "./seeded-random.ts";
export { pick } from "./pick.ts";
