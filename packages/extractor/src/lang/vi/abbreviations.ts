import { EN_ABBREVIATIONS } from "../en/abbreviations.ts";

/** Vietnamese abbreviations ("TP." thành phố, "GS." giáo sư), and the English ones Vietnamese news quotes. */
export const VI_ABBREVIATIONS = new Set([
  "TP",
  "Tp",
  "Q",
  "P",
  "TT",
  "TX",
  "H",
  "GS",
  "PGS",
  "TS",
  "ThS",
  "BS",
  "KS",
  "CN",
  "NXB",
  "Th",
  ...EN_ABBREVIATIONS,
]);
