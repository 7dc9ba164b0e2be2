import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pick, seededRandom } from "@news-kg/bench-kit";
import { escapeRegExp } from "../src/text/escape-reg-exp.ts";

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

/** What synthetic articles of one language are recombined from. */
export interface CorpusMaterial {
  /** The language the articles declare in their front matter; none: they say nothing, and it is detected. */
  lang?: string;
  /** Prose paragraphs (lines of 80 characters or more). */
  paragraphs: string[];
  /** Titles (`# ` headings), one given to each article in its front matter; none: untitled articles. */
  titles: string[];
}

/**
 * The material in a file, or in the .txt and .md files of a directory (the sample corpus, or the invented
 * English news beside this script): its prose paragraphs and its `# ` titles, HTML comments left out.
 */
export async function loadMaterial(path: string, lang?: string): Promise<CorpusMaterial> {
  const files = (await stat(path)).isDirectory()
    ? (await readdir(path))
        .filter((n) => n.endsWith(".txt") || n.endsWith(".md"))
        .sort()
        .map((n) => join(path, n))
    : [path];
  const material: CorpusMaterial = { ...(lang ? { lang } : {}), paragraphs: [], titles: [] };
  for (const file of files) {
    const text = (await readFile(file, "utf8")).replace(/<!--[\s\S]*?-->/g, "");
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      if (line.startsWith("# ")) material.titles.push(line.slice(2).trim());
      else if (line.length >= 80) material.paragraphs.push(line);
    }
  }
  return material;
}

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
 * Writes synthetic articles of 4 to 12 paragraphs of the material each, names varied, into `dir` (100 files
 * per sub-directory) until `targetBytes` are written. An article declares the material's language and
 * takes one of its titles in front matter, when it has them.
 */
export async function buildCorpus(dir: string, targetBytes: number, material: CorpusMaterial, seed: number): Promise<BuiltCorpus> {
  const random = seededRandom(seed);
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const count = 4 + Math.floor(random() * 9);
    const body = Array.from({ length: count }, () => pick(random, material.paragraphs)).join("\n\n");
    const fields = [
      ...(material.lang ? [`lang: ${material.lang}`] : []),
      ...(material.titles.length ? [`title: ${JSON.stringify(pick(random, material.titles))}`] : []),
    ];
    const frontMatter = fields.length ? `---\n${fields.join("\n")}\n---\n` : "";
    const text = substituteNames(frontMatter + body, random) + "\n";
    const sub = join(dir, String(Math.floor(files / 100)).padStart(4, "0"));
    if (files % 100 === 0) await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `a${String(files).padStart(6, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { dir, files, bytes };
}
