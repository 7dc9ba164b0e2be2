import type { ValidationRequest, ValidationVerdict } from "../core/data/validate-worker.ts";

/** Checks a graph against the shared schema in a worker of its own (stopped once it has answered). */
export function checkInWorker(request: ValidationRequest): Promise<ValidationVerdict> {
  const worker = new Worker(new URL("../core/data/validate-worker.ts", import.meta.url), { type: "module" });
  return new Promise<ValidationVerdict>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ValidationVerdict>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`web: validation worker failed: ${event.message}`));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
