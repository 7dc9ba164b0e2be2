import type { ValidationMessage, ValidationRequest, ValidationVerdict } from "../core/data/validate-worker.ts";

export interface DocumentCheck {
  /** The document's hash, computed in the worker. */
  hash: Promise<string>;
  /** Whether the document passes the shared schema. */
  verdict: Promise<ValidationVerdict>;
  /** Stops the worker (another document was opened, or this one failed already); pending promises reject. */
  cancel(): void;
}

/**
 * Starts a worker that will hash and schema-check one document. Started before the document arrives, it
 * has loaded its code (zod and the schema) by then.
 */
export function spawnChecker(): { check(request: ValidationRequest): DocumentCheck } {
  const worker = new Worker(new URL("../core/data/validate-worker.ts", import.meta.url), { type: "module" });
  return {
    check(request) {
      let resolveHash!: (hash: string) => void;
      let rejectHash!: (error: Error) => void;
      let resolveVerdict!: (verdict: ValidationVerdict) => void;
      let rejectVerdict!: (error: Error) => void;
      const hash = new Promise<string>((resolve, reject) => {
        resolveHash = resolve;
        rejectHash = reject;
      });
      const verdict = new Promise<ValidationVerdict>((resolve, reject) => {
        resolveVerdict = resolve;
        rejectVerdict = reject;
      });
      // Whoever awaits only one of them must not see the other's rejection as unhandled.
      hash.catch(() => {});
      verdict.catch(() => {});
      worker.onmessage = (event: MessageEvent<ValidationMessage>) => {
        if (event.data.kind === "hash") return resolveHash(event.data.hash);
        resolveVerdict(event.data.verdict);
        worker.terminate();
      };
      const stop = (error: Error) => {
        rejectHash(error);
        rejectVerdict(error);
        worker.terminate();
      };
      worker.onerror = (event) => stop(new Error(`web: validation worker failed: ${event.message}`));
      worker.postMessage(request);
      return { hash, verdict, cancel: () => stop(new Error("web: check cancelled")) };
    },
  };
}
