import { foldName } from "@news-kg/text-fold";

/** Stable id fragment for an entity name: its folded name (no diacritics, đ → d), a-z and 0-9 joined by hyphens. */
export function slug(text: string): string {
  return (
    foldName(text)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}
