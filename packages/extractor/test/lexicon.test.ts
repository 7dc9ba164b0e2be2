import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LexiconData } from "../src/lexicon/lexicon-data.ts";
import { loadLexicon } from "../src/lexicon/load-lexicon.ts";
import { nameKey } from "../src/text/name-key.ts";

const dataDir = fileURLToPath(new URL("../src/lexicon/data/", import.meta.url));
const section = (name: string) => JSON.parse(readFileSync(join(dataDir, `${name}.json`), "utf8"));
const bundled = LexiconData.parse({
  countries: section("countries"),
  organizations: section("organizations"),
  people: section("people"),
  locations: section("locations"),
  offices: section("offices"),
});

describe("bundled lexicon data", () => {
  it("gives every name to one entry only", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (entry: string, names: string[]) => {
      for (const name of names) {
        const key = nameKey(name);
        const other = owner.get(key);
        if (other && other !== entry) clashes.push(`${name}: ${other} / ${entry}`);
        owner.set(key, entry);
      }
    };
    for (const c of bundled.countries) claim(c.name, [c.name, ...c.aliases, ...c.capitals, ...c.seats]);
    for (const o of bundled.organizations) claim(o.name, [o.name, ...o.aliases]);
    for (const p of bundled.people) claim(p.name, [p.name, ...p.aliases]);
    for (const l of bundled.locations) claim(l.name, [l.name, ...l.aliases]);
    expect(clashes).toEqual([]);
  });

  it("lets every party hold its own offices, as a company does (a party's chair is no officer of its country)", () => {
    const parties = bundled.organizations.filter((o) => /\bParty\b/.test(o.name));
    expect(parties.length).toBeGreaterThan(20);
    expect(parties.filter((o) => !o.ownOffices).map((o) => o.name)).toEqual([]);
  });

  it("refers only to countries, organizations and offices it defines", () => {
    const countries = new Set(bundled.countries.map((c) => c.name));
    const organizations = new Set(bundled.organizations.map((o) => o.name));
    const roles = new Set(bundled.offices.map((o) => o.role));
    const dangling = [
      ...[...bundled.people, ...bundled.locations, ...bundled.organizations]
        .filter((e) => e.country && !countries.has(e.country))
        .map((e) => e.name),
      ...bundled.people.filter((p) => p.org && !organizations.has(p.org)).map((p) => p.name),
      ...bundled.people.filter((p) => p.office && !roles.has(p.office)).map((p) => `${p.name} (${p.office})`),
    ];
    expect(dangling).toEqual([]);
  });

  it("writes Vietnamese in NFC with one tone-mark placement", () => {
    const text = readFileSync(join(dataDir, "people.json"), "utf8") + readFileSync(join(dataDir, "countries.json"), "utf8");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toMatch(/(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/u); // "hoà", "thuỷ": the old placement
  });
});

describe("loadLexicon", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kg-lexicon-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lays a user's file over the defaults", () => {
    const file = join(dir, "mine.json");
    writeFileSync(file, JSON.stringify({ people: [{ name: "Trần Thị Hoa", aliases: ["Hoa Tran"], short: ["Hoa"], country: "Vietnam" }] }));
    const lexicon = loadLexicon([file]);
    expect(lexicon.names.get(nameKey("Hoa Tran"))?.entry.name).toBe("Trần Thị Hoa");
    expect(lexicon.names.get(nameKey("Bình Nhưỡng"))?.entry.name).toBe("North Korea");
  });

  it("names the file and the place of a mistake", () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ people: [{ aliases: ["x"] }] }));
    expect(() => loadLexicon([file])).toThrow(new RegExp(`^lexicon: ${file.replace(/[/\\]/g, ".")}: people\\.0\\.name`));
    writeFileSync(file, "{ not json");
    expect(() => loadLexicon([file])).toThrow(/^lexicon: .*bad\.json: /);
  });
});
