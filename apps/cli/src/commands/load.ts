import type { Command } from "commander";

// Placeholder until the load command lands (being written now).
export function registerLoad(program: Command): void {
  program.command("load").description("(in progress)").action(() => {
    console.error("kg load: not available yet");
    process.exitCode = 1;
  });
}
