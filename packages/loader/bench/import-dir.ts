// Where the server reads `LOAD CSV FROM 'file:///...'`: its effective server.directories.import (with no
// setting, the local server resolves file URLs against its home directory). Asked of the server itself, so
// the answer is right whatever neo4j.conf says; the bench writes its CSV files below it.
import type { Driver } from "neo4j-driver";

export async function serverImportDir(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery("SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value", {
    name: "server.directories.import",
  });
  const dir = records[0]?.get("value") as string | null | undefined;
  if (!dir) throw new Error("bench:load: the server has no import directory (server.directories.import), so LOAD CSV cannot read files");
  return dir;
}
