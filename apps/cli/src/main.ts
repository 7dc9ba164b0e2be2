#!/usr/bin/env node
// The `kg` command. Each sub-command lives in its own module under commands/.
import { Command } from "commander";
import { registerEval } from "./commands/eval.ts";
import { registerExport } from "./commands/export.ts";
import { registerExtract } from "./commands/extract.ts";
import { registerLoad } from "./commands/load.ts";
import { registerServe } from "./commands/serve.ts";

const program = new Command("kg")
  .description("Knowledge graphs from news: extract entities and relations with provenance, load them into Neo4j, explore them.")
  .showHelpAfterError();

for (const register of [registerExtract, registerEval, registerLoad, registerExport, registerServe]) register(program);

await program.parseAsync(process.argv);
