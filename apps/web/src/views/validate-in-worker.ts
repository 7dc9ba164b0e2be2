import type { ValidationRequest, ValidationVerdict } from "../core/data/validate-worker.ts";

/** Checks one graph against the shared schema in a worker of its own (stopped once it has answered). */
export type WorkerCheck = (request: ValidationRequest) => Promise<ValidationVerdict>;

/**
 * Starts a worker now and returns the check it will run later: started before the graph arrives, the worker
 * has loaded its code (zod and the schema) by then.
 */
export function spawnChecker(): WorkerCheck {
  const worker = new Worker(new URL("../core/data/validate-worker.ts", import.meta.url), { type: "module" });
  return (request) =>
    new Promise<ValidationVerdict>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ValidationVerdict>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(`web: validation worker failed: ${event.message}`));
      worker.postMessage(request);
    }).finally(() => worker.terminate());
}
