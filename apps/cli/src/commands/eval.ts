import type { Command } from "commander";

// Placeholder until the eval command lands (being written now).
export function registerEval(program: Command): void {
  program.command("eval").description("(in progress)").action(() => {
    console.error("kg eval: not available yet");
    process.exitCode = 1;
  });
}
