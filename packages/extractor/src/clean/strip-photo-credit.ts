// Photo captions end with a credit: "… tháng 9/2023. Ảnh: KCNA |", "… (Ảnh: KCNA)", "… - Ảnh: REUTERS",
// "Ảnh tư liệu: AFP/TTXVN". The credit is furniture; the caption's description is kept, because it often
// states the article's facts (who met whom, where) and is part of what the article reports.

const CREDITED_BY = String.raw`\s*[^():]{1,60}?\s*\)?\s*\|?\s*$`;
/** After a bracket, dash or bar (or alone on its line) a credit label in any case. */
const AFTER_MARK = new RegExp(
  String.raw`(?:^|\s*[-–—|]\s*|\s*\(\s*)(?:ảnh|nguồn ảnh|photo|video)(?:\s+(?:tư liệu|minh họa|chụp màn hình))?\s*:${CREDITED_BY}`,
  "iu",
);
/** After a plain space only a capitalized label: "… 9/2023. Ảnh: KCNA", not "… về hình ảnh: …". */
const AFTER_SPACE = new RegExp(String.raw`\s+(?:Ảnh|ẢNH|Photo|PHOTO)(?:\s+(?:tư liệu|minh họa))?\s*:${CREDITED_BY}`, "u");

/** A line without its trailing photo credit (empty when the line was only a credit). */
export function stripPhotoCredit(line: string): string {
  if (!line.includes(":", line.length - 80)) return line; // cheap exit for the many lines without a credit
  const match = AFTER_MARK.exec(line) ?? AFTER_SPACE.exec(line);
  if (!match) return line;
  // A credit names an agency or photographer: no sentence inside it.
  if (/[.!?]\s/.test(match[0])) return line;
  return line.slice(0, match.index).trim();
}
