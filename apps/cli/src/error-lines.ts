/** An error for stderr, each line of its message under the command's name: a rules file reports one problem a line. */
export function errorLines(command: string, error: unknown): string {
  return String((error as Error)?.message ?? error)
    .split("\n")
    .map((line) => `${command}: ${line}`)
    .join("\n");
}
