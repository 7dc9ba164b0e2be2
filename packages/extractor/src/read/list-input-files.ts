import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { fsReason } from "./fs-reason.ts";
import { InputError } from "./input-error.ts";
import { SUPPORTED_EXTENSIONS } from "./read-articles.ts";

/**
 * The files to read, from files and directories given on the command line. Directories are walked
 * recursively for supported extensions (hidden entries skipped), sorted; files named explicitly are
 * kept whatever their extension, so an unsupported one is reported rather than silently ignored.
 */
export async function listInputFiles(paths: string[]): Promise<{ files: string[]; failures: InputError[] }> {
  const files: string[] = [];
  const failures: InputError[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      failures.push(new InputError(path, fsReason(error)));
      continue;
    }
    if (info.isDirectory()) files.push(...(await walk(path, failures)));
    else files.push(path);
  }
  return { files: [...new Set(files)], failures };
}

async function walk(directory: string, failures: InputError[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    failures.push(new InputError(directory, fsReason(error)));
    return [];
  }
  const found: string[] = [];
  const names = entries.filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path, failures)));
    else if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}
