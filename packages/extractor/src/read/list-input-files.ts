import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { fsReason } from "./fs-reason.ts";
import { InputError } from "./input-error.ts";
import { SUPPORTED_EXTENSIONS } from "./read-articles.ts";

/**
 * The files to read, from files and directories given on the command line, in that order, with an
 * InputError in place of each path that cannot be read. Directories are walked recursively for supported
 * extensions (hidden entries skipped), sorted; files named explicitly are kept whatever their extension,
 * so an unsupported one is reported rather than silently ignored. A file listed twice is read once.
 */
export async function listInputFiles(paths: string[]): Promise<(string | InputError)[]> {
  const entries: (string | InputError)[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) entries.push(file);
    seen.add(file);
  };
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      entries.push(new InputError(path, fsReason(error)));
      continue;
    }
    if (!info.isDirectory()) add(path);
    else for (const entry of await walk(path)) typeof entry === "string" ? add(entry) : entries.push(entry);
  }
  return entries;
}

async function walk(directory: string): Promise<(string | InputError)[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    return [new InputError(directory, fsReason(error))];
  }
  const found: (string | InputError)[] = [];
  const names = entries.filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}
