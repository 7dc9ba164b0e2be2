import { extendPack } from "./extend-pack.ts";
import { BUNDLED_PACKS, type LanguagePacks } from "./pack-for.ts";
import type { RulesData } from "./rules-data.ts";

/**
 * The bundled packs, each extended with what the rules files add to its language (files in order; a language
 * no file names keeps its pack as it is). A value to pass through the pipeline: no pack is changed in place.
 */
export function packsWithRules(files: readonly RulesData[]): LanguagePacks {
  if (!files.length) return BUNDLED_PACKS;
  return new Map(
    [...BUNDLED_PACKS].map(([code, pack]) => [
      code,
      files.reduce((extended, file) => (file[code] ? extendPack(extended, file[code]) : extended), pack),
    ]),
  );
}
