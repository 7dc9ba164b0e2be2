// Keeps up to `limit` write transactions in flight (each in its own session), so the server works on one
// batch while the next is encoded and sent. The first failure stops further submissions and is rethrown.

export class ConcurrentWrites {
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`loader: concurrency must be a positive integer, got ${limit}`);
  }

  /** Starts `task` once a slot is free; rejects with an earlier task's error, if any. */
  async submit(task: () => Promise<void>): Promise<void> {
    while (this.inFlight.size >= this.limit && !this.failure) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure.error;
    const running: Promise<void> = task()
      .catch((error: unknown) => void (this.failure ??= { error }))
      .finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
  }

  /** Waits for every task in flight; rejects with the first error. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure.error;
  }
}
