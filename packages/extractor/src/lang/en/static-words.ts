// English words of standing facts: "daughter of X", "X, China", "X in Y".
import { PhraseSet } from "../../relate/phrase-set.ts";
import type { StaticWords } from "../language-pack.ts";

const DIRECTIONS = [
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  // "a city in northeast China's Liaoning": the compass point as a noun before a country.
  ...["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"],
  ...["north-east", "north-west", "south-east", "south-west"].flatMap((point) => [point, `${point}ern`]),
];

export const EN_STATICS: StaticWords = {
  parentWords: new Set(["father", "mother"]),
  childWords: new Set(["son", "daughter"]),
  insideMarkers: new Set([",", "in"]),
  directions: new Set(DIRECTIONS),
  placeWords: new Set(["province", "state", "region", "city", "county", "district", "island", "the", ...DIRECTIONS]),
  placeKinds: {
    words: new Set([
      "coastal",
      "port",
      "border",
      "resort",
      "industrial",
      "capital",
      "frontline",
      "island",
      "seaside",
      "southern",
      "ancient",
      // What a place's standing or land is: "in the occupied West Bank", "Brazil's oil-rich X state".
      ...["occupied", "disputed", "annexed", "breakaway", "autonomous", "semi-autonomous", "restive", "remote", "mountainous"],
      ...DIRECTIONS,
    ]),
    // "the Egyptian resort of Sharm el-Sheikh": a resort is a kind of place too.
    nouns: new Set(["city", "town", "province", "region", "island", "village", "port", "state", "county", "district", "capital", "resort"]),
    of: "of",
    articles: new Set(["a", "an", "the"]),
  },
  companyKinds: new Set(["company", "firm", "conglomerate", "corporation", "refiner", "manufacturer", "maker", "carrier", "airline"]),
  locatedPhrases: new PhraseSet([
    "located in",
    "located within",
    "situated in",
    "lying in",
    "which lies in",
    "which lies within",
    "which is located in",
    "which is situated in",
    // "X is part of Y", "X, which forms part of Y": a place said to be part of another lies in it.
    ...["is", "forms"].flatMap((verb) => [`${verb} part of`, `which ${verb} part of`]),
  ]),
};
