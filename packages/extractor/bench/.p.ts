import { readFileSync, readdirSync } from "node:fs";
import { unifyToneMarks } from "../src/clean/unify-tone-marks.ts";
import { cleanText } from "../src/clean.ts";
const text = readdirSync("corpus").map((f) => readFileSync("corpus/" + f, "utf8")).join("\n").repeat(100).normalize("NFC");
const mb = Buffer.byteLength(text) / 1e6;
let t = performance.now(); unifyToneMarks(text); console.log("tones MB/s", (mb / ((performance.now() - t) / 1000)).toFixed(0));
t = performance.now(); cleanText(text); console.log("clean MB/s", (mb / ((performance.now() - t) / 1000)).toFixed(0));
