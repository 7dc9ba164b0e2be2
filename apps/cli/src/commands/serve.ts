import type { Command } from "commander";

// Placeholder until the serve command lands (being written now).
export function registerServe(program: Command): void {
  program.command("serve").description("(in progress)").action(() => {
    console.error("kg serve: not available yet");
    process.exitCode = 1;
  });
}
