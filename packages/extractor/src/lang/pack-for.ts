import type { LanguagePack } from "./language-pack.ts";
import { english } from "./en/index.ts";
import { vietnamese } from "./vi/index.ts";

/** Language packs by code: the bundled ones, or the same extended with a user's rules (packs-with-rules.ts). */
export type LanguagePacks = ReadonlyMap<string, LanguagePack>;

export const BUNDLED_PACKS: LanguagePacks = new Map([vietnamese, english].map((pack) => [pack.code, pack]));
/** Every pack, in registry order. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [...BUNDLED_PACKS.values()];
/** The languages with a pack, in registry order. */
export const PACKED_LANGUAGES: readonly string[] = [...BUNDLED_PACKS.keys()];

/** The pack of a language (an article's `lang`, e.g. "vi", "en-US"), or undefined when there is none. */
export function packFor(lang: string, packs: LanguagePacks = BUNDLED_PACKS): LanguagePack | undefined {
  return packs.get(lang.toLowerCase().split(/[-_]/)[0]!);
}
