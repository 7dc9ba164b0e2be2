import type { ValidationRequest, ValidationVerdict } from "../core/data/validate-worker.ts";

/** Checks one graph against the shared schema in the checker's worker. */
export type WorkerCheck = (request: ValidationRequest) => Promise<ValidationVerdict>;

/**
 * Starts one worker now and returns the check it runs, for every graph asked of it, one at a time: started
 * before the first graph arrives, the worker has loaded its code (zod and the schema) by then, and no later
 * answer waits for (or competes with the drawing for) a worker starting and loading that code again.
 */
export function spawnChecker(): WorkerCheck {
  const worker = new Worker(new URL("../core/data/validate-worker.ts", import.meta.url), { type: "module" });
  let previous: Promise<unknown> = Promise.resolve();
  const checkOne = (request: ValidationRequest) =>
    new Promise<ValidationVerdict>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ValidationVerdict>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(`web: validation worker failed: ${event.message}`));
      worker.postMessage(request);
    });
  return (request) => {
    // The worker answers in the order asked only if asked one at a time (it reads each Blob asynchronously).
    const verdict = previous.then(() => checkOne(request));
    previous = verdict.catch(() => undefined);
    return verdict;
  };
}
