#!/usr/bin/env node
// The `kg` command. Each sub-command lives in its own module under commands/.
import { Command } from "commander";

/** Each sub-command's module, loaded on demand: `kg extract` need not load the Neo4j driver or the web server. */
const COMMANDS = {
  extract: async () => (await import("./commands/extract.ts")).registerExtract,
  eval: async () => (await import("./commands/eval.ts")).registerEval,
  load: async () => (await import("./commands/load.ts")).registerLoad,
  export: async () => (await import("./commands/export.ts")).registerExport,
  serve: async () => (await import("./commands/serve.ts")).registerServe,
} as const;
type CommandName = keyof typeof COMMANDS;

const isCommandName = (word: string | undefined): word is CommandName => word !== undefined && Object.hasOwn(COMMANDS, word);

const program = new Command("kg")
  .description("Knowledge graphs from news: extract entities and relations with provenance, load them into Neo4j, explore them.")
  .showHelpAfterError();

// The command named first is the only one run; anything else (help, a typo) needs them all to list them.
const asked = process.argv[2];
const names = isCommandName(asked) ? [asked] : (Object.keys(COMMANDS) as CommandName[]);
for (const name of names) (await COMMANDS[name]())(program);

await program.parseAsync(process.argv);
