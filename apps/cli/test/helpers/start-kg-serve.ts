import { spawn } from "node:child_process";
import { KG_MAIN, TSX } from "./run-kg.ts";

/** How long `kg serve` may take to print its URL (it may build the web app first). */
const URL_TIMEOUT_MS = 90_000;

export interface RunningServe {
  /** The explorer's URL, as printed. */
  url: string;
  /** Everything printed on stdout up to now. */
  stdout(): string;
  /** Everything printed on stderr up to now. */
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Runs `kg serve <args>` (no colours; `env` adds to this process's environment) until it prints its URL. */
export async function startKgServe(args: string[], env: Record<string, string> = {}): Promise<RunningServe> {
  const child = spawn(TSX, [KG_MAIN, "serve", ...args], { env: { ...process.env, FORCE_COLOR: "0", ...env } });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stderr: ${stderr}`)), URL_TIMEOUT_MS);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: () => {
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      return exited;
    },
  };
}
