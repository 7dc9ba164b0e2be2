import type { Command } from "commander";

// Placeholder until the extract command lands (being written now).
export function registerExtract(program: Command): void {
  program.command("extract").description("(in progress)").action(() => {
    console.error("kg extract: not available yet");
    process.exitCode = 1;
  });
}
