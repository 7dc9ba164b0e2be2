import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalNeo4jPaths } from "../src/local-paths.ts";
import { initialPasswordArguments, setInitialPassword } from "../src/set-initial-password.ts";

const PASSWORD = 'pa ss"wo\\rd-7f3a';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "neo4j-local-pw-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("setInitialPassword", () => {
  it("password never on neo4j-admin's command line: an @file readable by its owner only, removed afterwards; auth.ini 0600", async () => {
    const home = join(dir, "home");
    const paths = {
      home,
      conf: join(home, "conf"),
      lib: join(home, "lib"),
      authFile: join(home, "data", "dbms", "auth.ini"),
    } as LocalNeo4jPaths;
    const seen: { args: string[]; fileText: string; fileMode: number; file: string }[] = [];
    // Stands in for neo4j-admin: reads its @file as picocli would find it, and writes auth.ini with the usual umask.
    const fakeAdmin = async (_command: string, args: string[]) => {
      const file = args.at(-1)!.slice(1);
      seen.push({ args, file, fileText: await readFile(file, "utf8"), fileMode: (await stat(file)).mode & 0o777 });
      await mkdir(join(home, "data", "dbms"), { recursive: true });
      await writeFile(paths.authFile, "neo4j:SHA-256,...:\n", { mode: 0o644 });
      return { exitCode: 0, output: "" };
    };
    await setInitialPassword(paths, PASSWORD, fakeAdmin);
    expect(seen).toHaveLength(1);
    const [{ args, file, fileText, fileMode }] = seen as [(typeof seen)[number]];
    expect(args.join(" ")).not.toContain("pa ss");
    expect(args.at(-1)).toBe(`@${file}`);
    expect(fileText).toBe(initialPasswordArguments(PASSWORD));
    expect(fileMode).toBe(0o600);
    await expect(stat(file)).rejects.toThrow();
    expect((await stat(paths.authFile)).mode & 0o777).toBe(0o600);
  });

  it("quotes the password as picocli's @file expects (checked against neo4j-admin 5.26 by the hash it wrote)", () => {
    expect(initialPasswordArguments('a b"c\\d')).toBe('dbms set-initial-password "a b\\"c\\\\d"\n');
  });

  it("an existing store's auth.ini is made readable by its owner only, without running neo4j-admin", async () => {
    const authFile = join(dir, "existing", "auth.ini");
    await mkdir(join(dir, "existing"));
    await writeFile(authFile, "x", { mode: 0o644 });
    const failIfRun = async () => {
      throw new Error("neo4j-admin must not run for an existing store");
    };
    await setInitialPassword({ authFile } as LocalNeo4jPaths, PASSWORD, failIfRun);
    expect((await stat(authFile)).mode & 0o777).toBe(0o600);
  });
});
