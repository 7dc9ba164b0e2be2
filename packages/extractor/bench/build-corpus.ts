import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** A small seeded PRNG (mulberry32): the same seed builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
const GIVEN = ["Ivan", "Oleg", "Anton", "Boris", "Pavel", "Nikolai", "Arkady", "Lev", "Min", "Sung", "Hyun", "Jae", "Tae", "Elena", "Marta"];
const FAMILY = ["Morozov", "Volkov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Pak", "Ri", "Jang", "Ryu", "Han", "Orlov", "Zaitsev", "Belov", "Gromov"];

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Swaps each sample person, half of the time, for a generated one, consistently within the article. */
function substituteNames(text: string, random: () => number, pick: <T>(xs: T[]) => T): string {
  let out = text;
  for (const person of PEOPLE) {
    if (random() < 0.5) continue;
    const family = pick(FAMILY) + (random() < 0.5 ? "" : pick(["in", "ev", "sky", "ko"]));
    const full = `${pick(GIVEN)} ${family}`;
    for (const form of person.full) out = out.replace(new RegExp(escape(form), "g"), full);
    out = out.replace(new RegExp(`\\b${escape(person.short)}\\b`, "g"), family);
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
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const count = 4 + Math.floor(random() * 9);
    const body = Array.from({ length: count }, () => pick(paragraphs)).join("\n\n");
    const text = substituteNames(body, random, pick) + "\n";
    const sub = join(dir, String(Math.floor(files / 100)).padStart(4, "0"));
    if (files % 100 === 0) await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `a${String(files).padStart(6, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { dir, files, bytes };
}
