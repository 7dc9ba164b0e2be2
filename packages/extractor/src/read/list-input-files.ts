import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { fsReason } from "./fs-reason.ts";
import { isGraphDocumentFile } from "./graph-document-file.ts";
import { InputError } from "./input-error.ts";
import { SUPPORTED_EXTENSIONS } from "./read-articles.ts";

/**
 * The files to read, from files and directories given on the command line, in that order, with an
 * InputError in place of each path that cannot be read. Directories are walked recursively for supported
 * extensions (hidden entries and graph documents, the tool's own output, skipped), sorted, following symbolic links (a link back to a directory being
 * walked is reported once, as a loop); files named explicitly are kept whatever their extension, so an
 * unsupported one is reported rather than silently ignored. A file reached twice (listed twice, or through
 * a link) is read once.
 */
export async function listInputFiles(paths: string[]): Promise<(string | InputError)[]> {
  const entries: (string | InputError)[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const real = await realpath(file).catch(() => file);
    if (!seen.has(real)) entries.push(file);
    seen.add(real);
  };
  for (const path of paths) {
    let info: Stats;
    let real: string;
    try {
      info = await stat(path);
      real = await realpath(path);
    } catch (error) {
      entries.push(new InputError(path, fsReason(error)));
      continue;
    }
    if (!info.isDirectory()) await add(path);
    else for (const entry of await walk(path, [real])) typeof entry === "string" ? await add(entry) : entries.push(entry);
  }
  return entries;
}

/** `ancestors`: the real paths of the directories from the walk's root down to `directory`, to see loops. */
async function walk(directory: string, ancestors: string[]): Promise<(string | InputError)[]> {
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
    let kind: Dirent | Stats = entry;
    let real = join(ancestors.at(-1)!, entry.name);
    if (entry.isSymbolicLink()) {
      try {
        kind = await stat(path);
        real = await realpath(path);
      } catch (error) {
        found.push(new InputError(path, `symbolic link not followed: ${fsReason(error)}`));
        continue;
      }
    }
    if (kind.isDirectory()) {
      if (ancestors.includes(real)) found.push(new InputError(path, `symbolic link loop: leads back to ${real}, not followed`));
      else found.push(...(await walk(path, [...ancestors, real])));
    } else if (SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && !isGraphDocumentFile(path)) found.push(path);
  }
  return found;
}
