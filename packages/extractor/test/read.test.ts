import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError, listInputFiles, normalizePublished, readArticles } from "../src/read/index.ts";
import { MAX_INPUT_BYTES } from "../src/read/decode-text.ts";
import { findDateline } from "../src/read/find-dateline.ts";
import { readLines } from "../src/read/read-lines.ts";
import type { SourceArticle } from "../src/types.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kg-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, content);
  return path;
}

async function readAll(path: string): Promise<(SourceArticle | InputError)[]> {
  const out: (SourceArticle | InputError)[] = [];
  for await (const item of readArticles(path)) out.push(item);
  return out;
}

async function readOne(path: string): Promise<SourceArticle> {
  const [item, ...rest] = await readAll(path);
  expect(rest).toEqual([]);
  if (item instanceof InputError) throw item;
  return item!;
}

async function readError(path: string): Promise<InputError> {
  const items = await readAll(path);
  expect(items).toHaveLength(1);
  expect(items[0]).toBeInstanceOf(InputError);
  return items[0] as InputError;
}

describe("normalizePublished", () => {
  it.each([
    ["2024-06-19", "2024-06-19"],
    ["2024-06-19T14:37:00+07:00", "2024-06-19"],
    ["2024-06", "2024-06"],
    ["2024", "2024"],
    ["19/06/2024 14:37 GMT+7", "2024-06-19"],
    ["Thứ Tư, 13/09/2023 14:35:03 +07:00", "2023-09-13"],
    ["10/09/2023 - 19:41", "2023-09-10"],
    ["Chủ nhật, 1-9-2024", "2024-09-01"],
    ["ngày 5 tháng 7 năm 2022", "2022-07-05"],
    // The pack's weekday opener takes a numbered weekday; a short weekday.
    ["Thứ 4, 19/06/2024 14:37", "2024-06-19"],
    ["T6, 5/7/2024", "2024-07-05"],
    ["Wed, 19 Jun 2024 07:37:00 GMT", "2024-06-19"],
  ])("%s → %s", (input, output) => expect(normalizePublished(input)).toBe(output));
  it.each(["", "hôm qua", "31/02/2024", "2024-13-01", "13/13/2023"])("rejects %s", (input) =>
    expect(normalizePublished(input)).toBeUndefined(),
  );
});

describe("findDateline", () => {
  it("finds a dateline at the top", () => {
    expect(findDateline("19/06/2024 14:37 GMT+7\n\nTiêu đề\n\nNội dung.")).toBe("2024-06-19");
  });
  it("finds a dateline at the bottom", () => {
    expect(findDateline("Tiêu đề\nNội dung.\nĐoạn hai.\nĐoạn ba.\nĐoạn bốn.\nĐoạn năm.\nThứ Tư, 13/09/2023 14:35:03 +07:00")).toBe(
      "2023-09-13",
    );
  });
  it("reads a dateline after any pack's label, whatever the page's language", () => {
    expect(findDateline("Cập nhật lúc: Thứ Sáu, 5/7/2024 08:00\n\nTiêu đề\n\nNội dung.")).toBe("2024-07-05");
    expect(findDateline("Published: 19/06/2024 14:37 GMT+7\n\nA headline\n\nThe story.")).toBe("2024-06-19");
    expect(findDateline("Posted: 19/06/2024 14:37\n\nA headline\n\nThe story.")).toBeUndefined();
  });
  it("ignores teaser timestamps (time first) at the bottom and dates inside sentences", () => {
    const page = ["Tiêu đề", "Ngày 18/6/2024, ông Putin đến.", ...Array(6).fill("Đoạn văn."), "Tin khác", "07:55:30 28/06/2024"].join("\n");
    expect(findDateline(page)).toBeUndefined();
  });
});

describe("readArticles", () => {
  it("reads a .txt file: id from the file name, dateline as published date", async () => {
    const path = await write("a/003_sample.txt", "19/06/2024 14:37 GMT+7\n\nÔng Kim gặp ông Putin.\n");
    const article = await readOne(path);
    expect(article).toEqual({
      id: "003_sample",
      file: path,
      text: "19/06/2024 14:37 GMT+7\n\nÔng Kim gặp ông Putin.\n",
      published: "2024-06-19",
    });
  });

  it("reads YAML front matter in .txt and .md", async () => {
    const txt = await write(
      "fm.txt",
      "---\nurl: https://example.vn/a\npublished: 2022-04-27\nlang: vi\ntitle: Thủ tướng thăm Nhật\nsource: VGP\n---\nThủ tướng đến Tokyo.\n",
    );
    expect(await readOne(txt)).toEqual({
      id: "fm",
      file: txt,
      text: "Thủ tướng đến Tokyo.\n",
      url: "https://example.vn/a",
      published: "2022-04-27",
      lang: "vi",
      title: "Thủ tướng thăm Nhật",
      source: "VGP",
    });
    const md = await write(
      "note.md",
      "---\npublished: 19/06/2024 14:37 GMT+7\n---\n# Tiêu đề\n\nÔng **Kim** gặp [ông Putin](https://x.y).\n\n- Một ý\n",
    );
    const article = await readOne(md);
    expect(article.published).toBe("2024-06-19");
    expect(article.text).toBe("Tiêu đề\n\nÔng Kim gặp ông Putin.\n\nMột ý\n");
  });

  it("reports bad front matter at its line", async () => {
    const path = await write("badfm.txt", "---\ntitle: ok\nurl: [unclosed\n---\nText.\n");
    const error = await readError(path);
    // The unclosed bracket is noticed where the front matter ends (line 4, the closing ---).
    expect(error.place).toBe("4");
    expect(error.message).toMatch(/^extract: .*badfm\.txt:4: invalid front matter: Flow sequence/);
  });

  it("front matter alias bomb: refused as this file's error, not thrown", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of [..."bcdefghi"].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`);
    const path = await write("alias-bomb.md", `---\n${levels.join("\n")}\n---\nText.\n`);
    const error = await readError(path);
    expect(error.place).toBe("1");
    expect(error.reason).toMatch(/^invalid front matter: too many YAML aliases/);
  });

  it("deeply nested front matter: refused as this file's error, not thrown", async () => {
    const path = await write("deep-fm.md", `---\ntitle: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n---\nText.\n`);
    expect((await readError(path)).reason).toMatch(/^invalid front matter: /);
  });

  it("10,000 nested <div>: read without exhausting the call stack", async () => {
    const depth = 10_000;
    const html = `<html><head><title>Sâu</title></head><body>${"<div>".repeat(depth)}Ông Kim gặp ông Putin.${"</div>".repeat(depth)}</body></html>`;
    const article = await readOne(await write("nested.html", html));
    expect(article.text).toBe("Ông Kim gặp ông Putin.");
    expect(article.title).toBe("Sâu");
  });

  it("reads the main text of an HTML page and its metadata", async () => {
    const html = `<!doctype html><html lang="vi-VN"><head><title>Tiêu đề trang</title>
      <meta property="og:title" content="Putin thăm Triều Tiên">
      <meta property="article:published_time" content="2024-06-19T07:37:00+07:00">
      <link rel="canonical" href="https://example.vn/putin">
      <style>p { color: red }</style><script>var x = "<p>không phải bài</p>";</script></head>
      <body><header><nav>Trang chủ | Thế giới</nav></header>
      <aside>Tin liên quan: bài khác</aside>
      <main><article><h1>Putin thăm Triều Tiên</h1>
        <p>Tổng thống Nga &amp; nhà lãnh đạo <b>Triều Tiên</b> hội đàm.</p><p>Hai bên ký hiệp ước.<br>Đoạn sau.</p>
        <form><input value="Bình luận"></form>
      </article></main><footer>Bản quyền</footer></body></html>`;
    const path = await write("page.html", html);
    // og:title over <title>; lang "vi-VN" as "vi"; the canonical link as url; no og:site_name, so no source.
    expect(await readOne(path)).toEqual({
      id: "page",
      file: path,
      title: "Putin thăm Triều Tiên",
      published: "2024-06-19",
      url: "https://example.vn/putin",
      lang: "vi",
      text: "Putin thăm Triều Tiên\n\nTổng thống Nga & nhà lãnh đạo Triều Tiên hội đàm.\n\nHai bên ký hiệp ước.\n\nĐoạn sau.",
    });
  });

  it("does not take a teaser's <article> for the page's article", async () => {
    const teaser = (n: number) => `<article><h3>Tin khác số ${n}</h3><p>Tóm tắt ngắn của tin ${n}.</p></article>`;
    const story = "<p>Ông Kim Jong Un đã đến ga Khasan bằng đoàn tàu bọc thép, sau đó tiếp tục hành trình tới Vladivostok.</p>".repeat(3);
    const path = await write(
      "list.html",
      `<html><body><main><div class="detail"><h1>Ông Kim đến Nga</h1>${story}</div>${teaser(1)}${teaser(2)}${teaser(3)}</main></body></html>`,
    );
    const article = await readOne(path);
    expect(article.text.startsWith("Ông Kim đến Nga\n\nÔng Kim Jong Un đã đến ga Khasan")).toBe(true);
    const alone = await write(
      "alone.html",
      `<html><body><div>${"Menu trang chủ. ".repeat(50)}</div><article><p>Bài chính.</p></article></body></html>`,
    );
    expect((await readOne(alone)).text).toBe("Bài chính.");
  });

  it("takes the date of an HTML page from <time datetime> when there is no meta tag", async () => {
    const path = await write(
      "time.htm",
      `<html><head><title>T</title></head><body><p><time datetime="2023-09-13T14:35:03+07:00">13/9</time></p><p>Nội dung.</p></body></html>`,
    );
    expect(await readOne(path)).toEqual({ id: "time", file: path, title: "T", published: "2023-09-13", text: "13/9\n\nNội dung." });
  });

  it("reads a .json record and a .json array", async () => {
    const one = await write("one.json", JSON.stringify({ title: "T", published: "2024-01-21", text: "Ông Kim gặp ông Putin." }));
    expect(await readOne(one)).toEqual({ id: "one", file: one, title: "T", published: "2024-01-21", text: "Ông Kim gặp ông Putin." });
    const many = await write(
      "many.json",
      JSON.stringify([{ id: "x1", text: "Một.", published: 1718755200 }, { text: "Hai." }, { title: "no text" }]),
    );
    const items = await readAll(many);
    // 1718755200 s is 2024-06-19T00:00:00Z; a record without an id is named after the file and its place.
    expect(items[0]).toEqual({ id: "x1", file: many, text: "Một.", published: "2024-06-19" });
    expect(items[1]).toEqual({ id: "many-2", file: many, text: "Hai." });
    expect(items[2]).toBeInstanceOf(InputError);
    expect((items[2] as InputError).message).toBe(`extract: ${many}:record 3: record has no "text" string`);
  });

  it("reads .jsonl line by line; a bad line is an error at that line and the rest goes on", async () => {
    const path = await write(
      "batch.jsonl",
      ['{"id": "a", "text": "Một."}', "", '{"text": "Hai.", "published": "19/06/2024 14:37 GMT+7"}', "{oops", '{"text": "Bốn."}'].join(
        "\n",
      ) + "\n",
    );
    const items = await readAll(path);
    expect(items).toHaveLength(4);
    expect(items[0]).toEqual({ id: "a", file: path, text: "Một." });
    expect(items[1]).toEqual({ id: "batch-3", file: path, text: "Hai.", published: "2024-06-19" });
    expect(items[2]).toBeInstanceOf(InputError);
    expect((items[2] as InputError).message).toMatch(new RegExp(`^extract: ${path}:4: invalid JSON`));
    expect(items[3]).toEqual({ id: "batch-5", file: path, text: "Bốn." });
  });

  it.each([
    ['{\n  "text": "a",\n  "title": oops\n}', "3", "invalid JSON: Unexpected token 'o'"],
    [
      '{\n  "text": "a long enough text",\n  "title": oops,\n  "url": "https://example.vn/a/long/url"\n}',
      "3",
      "invalid JSON: Unexpected token 'o'",
    ],
    ['{\n  "text": "a"\n  "title": "b"\n}', "3", "invalid JSON: Expected ',' or '}' after property value"],
    ['[{"text": "a"},\n{"text": "b"}', "2", "invalid JSON: Expected ',' or ']' after array element"],
    ['[{"text": "a"},\n{"text": "b', "2", "invalid JSON: Unterminated string"],
    ['[{"text": "a"},\n', "2", "invalid JSON: Unexpected end of JSON input"],
    ['x\n{"text": "a long text"}', "1", "invalid JSON: Unexpected token 'x'"],
  ])("reports bad JSON with its line number: %j", async (content, line, reason) => {
    const path = await write("bad.json", content);
    const error = await readError(path);
    expect(error.place).toBe(line);
    expect(error.reason).toBe(reason);
  });

  it.each([
    ["empty.txt", "", "empty"],
    ["blank.txt", " \n\n \n", "empty"],
    ["binary.txt", new Uint8Array([72, 105, 0, 1, 2]), "binary content (NUL bytes), not a text article"],
    ["latin1.txt", new Uint8Array([84, 104, 0xe1, 110, 104]), "not valid UTF-8 text"],
    ["utf16-bom.txt", Buffer.from("\ufeffÔng Kim gặp ông Putin.", "utf16le"), "UTF-16 text; convert it to UTF-8"],
    ["utf16-no-bom.md", Buffer.from("Kim met Putin.", "utf16le"), "UTF-16 text; convert it to UTF-8"],
    ["utf16be.txt", Buffer.from("Kim met Putin.", "utf16le").swap16(), "UTF-16 text; convert it to UTF-8"],
    ["image.png", "x", 'unsupported file type ".png" (expected .txt, .md, .html, .htm, .json, .jsonl)'],
    ["fmonly.md", "---\ntitle: x\n---\n\n", "no article text after the front matter"],
    [
      "graph.json",
      '{\n"articles": [],\n"entities": [],\n"relations": []\n}\n',
      "a graph document, not articles (kg load loads it as it is)",
    ],
    [
      "unresolved-alias.md",
      "---\ntitle: *nowhere\n---\nText.\n",
      "invalid front matter: Unresolved alias (the anchor must be set before the alias): nowhere",
    ],
  ])("rejects %s", async (name, content, reason) => {
    const path = await write(name, content);
    const error = await readError(path);
    expect(error.reason).toBe(reason);
    expect(error.file).toBe(path);
  });

  it("rejects an oversized file without reading it", async () => {
    const path = await write("huge.txt", "a".repeat(5 * 1024 * 1024 + 1));
    expect((await readError(path)).reason).toMatch(/^too large \(5\.0 MB, limit 5 MB\)$/);
  });

  it("a symlink to /dev/zero is refused by name, not read until memory runs out", async () => {
    const path = join(dir, "zero.txt");
    await symlink("/dev/zero", path);
    expect((await readError(path)).reason).toBe("not a regular file (a character device)");
  });

  it("a FIFO is refused by name instead of blocking forever", async () => {
    const path = join(dir, "pipe.jsonl");
    execFileSync("mkfifo", [path]);
    expect((await readError(path)).reason).toBe("not a regular file (a FIFO)");
  });

  it("an over-long JSONL line is rejected at its line and the lines after it are read", async () => {
    const long = `{"text": "${"a".repeat(MAX_INPUT_BYTES)}"}`;
    const path = await write("long-line.jsonl", `{"text": "Một."}\n${long}\n{"text": "Hai."}\n`);
    const items = await readAll(path);
    expect(items.map((x) => (x instanceof InputError ? x.message : x.text))).toEqual([
      "Một.",
      `extract: ${path}:2: too large (over 5 MB, limit 5 MB)`,
      "Hai.",
    ]);
  });
  it("rejects a missing file", async () => {
    expect((await readError(join(dir, "missing.txt"))).reason).toBe("no such file or directory");
  });
});

describe("listInputFiles", () => {
  it("walks directories for supported files, sorted, skipping hidden ones; reports missing paths in place; reads a file once", async () => {
    const root = join(dir, "tree");
    await write("tree/b.txt", "B.");
    await write("tree/a.md", "A.");
    await write("tree/sub/c.jsonl", '{"text": "C."}');
    await write("tree/sub/skip.png", "x");
    await write("tree/.hidden/d.txt", "D.");
    const explicit = await write("other.csv", "x");
    const entries = await listInputFiles([root, join(dir, "nope"), explicit, join(root, "b.txt")]);
    expect(entries.map((e) => (typeof e === "string" ? e : e.message))).toEqual([
      join(root, "a.md"),
      join(root, "b.txt"),
      join(root, "sub", "c.jsonl"),
      `extract: ${join(dir, "nope")}: no such file or directory`,
      explicit,
    ]);
  });
});

describe("listInputFiles and symbolic links", () => {
  it("symlinked article and folder are followed, never silently dropped; a loop and a broken link are reported once", async () => {
    const elsewhere = join(dir, "elsewhere");
    await write("elsewhere/linked.txt", "L.");
    await write("elsewhere/deeper/d.md", "D.");
    const root = join(dir, "links");
    await write("links/a.txt", "A.");
    await symlink(join(elsewhere, "linked.txt"), join(root, "b-file.txt"));
    await symlink(elsewhere, join(root, "c-folder"));
    await symlink(root, join(root, "d-loop"));
    await symlink(join(dir, "nowhere.txt"), join(root, "e-broken.txt"));
    const entries = await listInputFiles([root, join(elsewhere, "linked.txt")]);
    expect(entries.map((e) => (typeof e === "string" ? e : e.message))).toEqual([
      join(root, "a.txt"),
      join(root, "b-file.txt"),
      join(root, "c-folder", "deeper", "d.md"),
      `extract: ${join(root, "d-loop")}: symbolic link loop: leads back to ${root}, not followed`,
      `extract: ${join(root, "e-broken.txt")}: symbolic link not followed: no such file or directory`,
    ]);
  });
});

describe("readLines", () => {
  it("gives up an endless line as soon as it passes the limit, without buffering the rest", async () => {
    const CHUNK = 64 * 1024;
    const LIMIT = 1024 * 1024;
    let produced = 0;
    async function* endlessLine() {
      // Ten times the limit stands for "endless"; a reader that buffers until the newline reads it all.
      while (produced < 10 * LIMIT) {
        produced += CHUNK;
        yield Buffer.alloc(CHUNK, 0x61);
      }
    }
    const lines = readLines(endlessLine(), LIMIT);
    expect((await lines.next()).value).toEqual({ line: 1, overLimit: true });
    expect(produced).toBeLessThanOrEqual(LIMIT + CHUNK);
  });

  it("splits lines across chunks, strips CR, and numbers the lines after a skipped one", async () => {
    async function* chunks() {
      yield Buffer.from("ab");
      yield Buffer.from("c\r\nxxxx");
      yield Buffer.from("xxxx\nd");
    }
    const out = [];
    for await (const line of readLines(chunks(), 5)) out.push("bytes" in line ? Buffer.from(line.bytes).toString() : line);
    expect(out).toEqual(["abc", { line: 2, overLimit: true }, "d"]);
  });
});
