// Markdown articles keep their words; the markup around them would only disturb sentence splitting.

const FENCE = /^(```|~~~)/;

/** Plain text of a Markdown document: headings, emphasis, links, images and HTML tags reduced to their words. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (FENCE.test(line.trim())) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    out.push(markdownLine(line));
  }
  return out.join("\n").replace(/<!--[\s\S]*?-->/g, "");
}

function markdownLine(line: string): string {
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return ""; // horizontal rule
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, "") // heading marks
    .replace(/\s+#+\s*$/, "")
    .replace(/^\s*>\s?/, "") // block quote
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "") // list bullets
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links keep their text
    .replace(/<\/?[a-z][^>]*>/gi, "") // inline HTML tags
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2") // bold
    .replace(/(?<![\p{L}\d])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\d])/gu, "$2") // italics
    .replace(/`([^`]+)`/g, "$1");
}
