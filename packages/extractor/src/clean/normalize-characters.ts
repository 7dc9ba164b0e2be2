// Same text, one encoding: scraped pages mix Unicode forms, look-alike letters and invisible characters.

const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * NFC, `Ð`/`ð` (Latin eth, printed by some sites) as `Đ`/`đ`, line breaks as `\n`, exotic spaces as plain
 * spaces, invisible and control characters removed, runs of spaces collapsed and lines trimmed.
 */
export function normalizeCharacters(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .normalize("NFC")
    .replace(/\u00d0/g, "\u0110")
    .replace(/\u00f0/g, "\u0111")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "")
    .replace(SPACES, " ")
    .replace(/ {2,}/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
}
