import type { LanguagePack } from "./language-pack.ts";
import { english } from "./en/index.ts";
import { vietnamese } from "./vi/index.ts";

const PACKS: ReadonlyMap<string, LanguagePack> = new Map([vietnamese, english].map((pack) => [pack.code, pack]));
/** Every pack, in registry order. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [...PACKS.values()];
/** The languages with a pack, in registry order. */
export const PACKED_LANGUAGES: readonly string[] = [...PACKS.keys()];

/** The pack of a language (an article's `lang`, e.g. "vi", "en-US"), or undefined when there is none. */
export function packFor(lang: string): LanguagePack | undefined {
  return PACKS.get(lang.toLowerCase().split(/[-_]/)[0]!);
}
