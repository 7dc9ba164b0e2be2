/** Lookup key for names: lower case, hyphens and dots as spaces, spaces collapsed. Keeps diacritics (Vietnamese needs them). */
export function fold(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[-‐–—_.]/g, " ")
    .replace(/['’"“”]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Key that also ignores diacritics (đ → d): used to merge spellings of the same name across articles. */
export function foldAscii(text: string): string {
  return fold(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u0111\u00f0]/g, "d"); // đ and ð, which NFD leaves whole
}

/** Stable id fragment for an entity name. */
export function slug(text: string): string {
  return (
    foldAscii(text)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}
