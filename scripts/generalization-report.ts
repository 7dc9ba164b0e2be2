// `pnpm eval:dev`: how the extractor generalizes. Extracts the dev corpus (../shared/dev-corpus, not bundled), scores it
// against its gold, prints micro P/R/F1 per language for the tuning part and the check split apart, and fails (exit 1)
// when the micro F1 of a language on the whole dev corpus falls more than 0.02 below its floor in eval-floor.json.
// Without the dev corpus it prints "skipped: ..." and exits 0. Only aggregates are printed, never a miss.
//
//   pnpm eval:dev [--corpus dir] [--gold file] [--entities file] [--floor file] [--check patterns] [--write-floor]
//
// Defaults, relative to the repository root, or from EVAL_DEV_CORPUS, EVAL_DEV_GOLD, EVAL_DEV_ENTITIES, EVAL_FLOOR,
// EVAL_DEV_CHECK. --write-floor records today's F1 per language, rounded down to 3 decimals, as the new floors.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { FloorDoc, PartScore } from "../packages/eval/src/index.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The check split of the dev corpus: scored, never read or tuned on. */
const CHECK_SPLIT = "dev-35..dev-40,dev-en-09..dev-en-12";
const FLOOR_NOTE =
  "Micro F1 per language on every article of ../shared/dev-corpus (tuning part and check split) against ../shared/eval/dev-gold.json, as measured by pnpm eval:dev, rounded down to 3 decimals. pnpm eval:dev fails when a language falls more than 0.02 below its floor; raise a floor with pnpm eval:dev --write-floor when the extractor gets better.";

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    gold: { type: "string" },
    entities: { type: "string" },
    floor: { type: "string" },
    check: { type: "string" },
    "write-floor": { type: "boolean" },
  },
});
const env = process.env;
const corpusArg = values.corpus ?? env.EVAL_DEV_CORPUS ?? "../shared/dev-corpus";
const fromRoot = (path: string) => resolve(ROOT, path);
const corpus = fromRoot(corpusArg);
const gold = fromRoot(values.gold ?? env.EVAL_DEV_GOLD ?? "../shared/eval/dev-gold.json");
const entities = fromRoot(values.entities ?? env.EVAL_DEV_ENTITIES ?? "../shared/eval/entities.json");
const floorFile = fromRoot(values.floor ?? env.EVAL_FLOOR ?? "eval-floor.json");
const check = values.check ?? env.EVAL_DEV_CHECK ?? CHECK_SPLIT;

async function main(): Promise<number> {
  if (!existsSync(corpus)) {
    console.log(`skipped: no ${corpusArg}`);
    return 0;
  }
  // Loaded only now: skipping stays quick.
  const { runEval } = await import("../apps/cli/src/commands/eval.ts");
  const { checkFloors, FLOOR_TOLERANCE, parseSplit } = await import("../packages/eval/src/index.ts");
  const report = await runEval({ corpus, gold, entities, split: [parseSplit(`check=${check}`)] });
  const parts: [string, PartScore | undefined][] = [
    ["tuning", report.splits.rest],
    ["check", report.splits.check],
    ["all", report],
  ];
  console.log(`dev corpus ${corpus}: ${report.articles.length} articles; check split ${check}`);
  console.log("part     lang  articles   P      R      F1");
  for (const [name, part] of parts) {
    for (const [lang, r] of Object.entries(part?.languages ?? {}))
      console.log(
        `${name.padEnd(8)} ${lang.padEnd(5)} ${String(r.articles.length).padStart(8)}   ${[r.micro.precision, r.micro.recall, r.micro.f1].map((x) => x.toFixed(3)).join("  ")}`,
      );
  }
  const measured = Object.fromEntries(Object.entries(report.languages).map(([lang, r]) => [lang, r.micro.f1]));
  if (values["write-floor"]) {
    const floors: FloorDoc = {};
    for (const lang of ["vi", "en"]) if (lang in measured) floors[lang] = { f1: Math.floor(measured[lang]! * 1000 + 1e-9) / 1000 };
    floors.note = FLOOR_NOTE;
    await writeFile(floorFile, `${JSON.stringify(floors, null, 2)}\n`);
    console.log(`floors written to ${floorFile}`);
    return 0;
  }
  const floors = JSON.parse(await readFile(floorFile, "utf8")) as FloorDoc;
  const checks = checkFloors(measured, floors);
  if (!checks.length) throw new Error(`${floorFile}: no floor ({"vi": {"f1": ...}})`);
  for (const c of checks) {
    const verdict = c.ok ? "ok" : `FAIL: ${c.drop.toFixed(3)} below the floor, more than the ${FLOOR_TOLERANCE} allowed`;
    console.log(`floor ${c.lang}: micro F1 ${c.f1.toFixed(3)} on every dev article, floor ${c.floor.toFixed(3)}: ${verdict}`);
  }
  return checks.every((c) => c.ok) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`eval:dev: ${error.message}`);
    process.exitCode = 2;
  },
);
