import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pick, seededRandom } from "@news-kg/bench-kit";

/** People of the samples: full forms, and the short form they go by ("ông Putin"). */
const PEOPLE = [
  { full: ["Vladimir Putin", "V. Putin"], short: "Putin" },
  { full: ["Kim Jong Un", "Kim Jong-un"], short: "Kim" },
  { full: ["Choe Son Hui"], short: "Choe" },
  { full: ["Sergei Lavrov", "Sergey Lavrov"], short: "Lavrov" },
  { full: ["Dmitry Peskov"], short: "Peskov" },
  { full: ["Yuri Ushakov", "Yury Ushakov"], short: "Ushakov" },
  { full: ["Sergei Shoigu"], short: "Shoigu" },
  { full: ["Andrey Rudenko"], short: "Rudenko" },
];
const GIVEN = [
  "Ivan",
  "Oleg",
  "Anton",
  "Boris",
  "Pavel",
  "Nikolai",
  "Arkady",
  "Lev",
  "Min",
  "Sung",
  "Hyun",
  "Jae",
  "Tae",
  "Elena",
  "Marta",
];
const FAMILY = [
  "Morozov",
  "Volkov",
  "Sokolov",
  "Lebedev",
  "Kozlov",
  "Novikov",
  "Pak",
  "Ri",
  "Jang",
  "Ryu",
  "Han",
  "Orlov",
  "Zaitsev",
  "Belov",
  "Gromov",
];

/** Prose paragraphs of the sample corpus: the material recombined into synthetic articles. */
export async function loadParagraphs(corpusDir: string): Promise<string[]> {
  const names = (await readdir(corpusDir)).filter((n) => n.endsWith(".txt")).sort();
  const paragraphs: string[] = [];
  for (const name of names) {
    const text = await readFile(join(corpusDir, name), "utf8");
    for (const line of text.split("\n")) if (line.trim().length >= 80) paragraphs.push(line.trim());
  }
  return paragraphs;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Swaps each sample person, half of the time, for a generated one, consistently within the article. */
function substituteNames(text: string, random: () => number): string {
  let out = text;
  for (const person of PEOPLE) {
    if (random() < 0.5) continue;
    const family = pick(random, FAMILY) + (random() < 0.5 ? "" : pick(random, ["in", "ev", "sky", "ko"]));
    const full = `${pick(random, GIVEN)} ${family}`;
    for (const form of person.full) out = out.replace(new RegExp(escapeRegExp(form), "g"), full);
    out = out.replace(new RegExp(`\\b${escapeRegExp(person.short)}\\b`, "g"), family);
  }
  return out;
}

export interface BuiltCorpus {
  dir: string;
  files: number;
  bytes: number;
}

/**
 * Writes synthetic articles of 4 to 12 sample paragraphs each, names varied, into `dir` (100 files per
 * sub-directory) until `targetBytes` are written.
 */
export async function buildCorpus(dir: string, targetBytes: number, paragraphs: string[], seed: number): Promise<BuiltCorpus> {
  const random = seededRandom(seed);
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const count = 4 + Math.floor(random() * 9);
    const body = Array.from({ length: count }, () => pick(random, paragraphs)).join("\n\n");
    const text = substituteNames(body, random) + "\n";
    const sub = join(dir, String(Math.floor(files / 100)).padStart(4, "0"));
    if (files % 100 === 0) await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `a${String(files).padStart(6, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { dir, files, bytes };
}
