import type { Command } from "commander";

// Placeholder until the export command lands (being written now).
export function registerExport(program: Command): void {
  program.command("export").description("(in progress)").action(() => {
    console.error("kg export: not available yet");
    process.exitCode = 1;
  });
}
