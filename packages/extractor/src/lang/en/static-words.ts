// English words of standing facts: "daughter of X", "X, China", "X in Y".
import type { StaticWords } from "../language-pack.ts";

export const EN_STATICS: StaticWords = {
  parentWords: new Set(["father", "mother"]),
  childWords: new Set(["son", "daughter"]),
  insideMarkers: new Set([",", "in"]),
  placeWords: new Set(["province", "state", "region", "city", "county", "district", "island", "the"]),
};
