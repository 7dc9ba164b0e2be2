// Where the local server reads `LOAD CSV FROM 'file:///...'`: server.directories.import from its neo4j.conf,
// relative to its home, default `import`.
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { localNeo4jPaths } from "@news-kg/neo4j-local";

export async function localImportDir(): Promise<string> {
  const paths = localNeo4jPaths();
  const conf = await readFile(paths.confFile, "utf8").catch(() => "");
  const configured = /^server\.directories\.import=(.+)$/m.exec(conf)?.[1]?.trim();
  const dir = configured ?? "import";
  return isAbsolute(dir) ? dir : join(paths.home, dir);
}
