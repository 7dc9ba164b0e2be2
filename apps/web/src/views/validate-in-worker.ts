import type { ValidationRequest, ValidationVerdict } from "../core/data/validate-worker.ts";

/** Runs the schema check of a document's text in a web worker. */
export function validateInWorker(request: ValidationRequest): Promise<ValidationVerdict> {
  const worker = new Worker(new URL("../core/data/validate-worker.ts", import.meta.url), { type: "module" });
  return new Promise<ValidationVerdict>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ValidationVerdict>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`web: validation worker failed: ${event.message}`));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
