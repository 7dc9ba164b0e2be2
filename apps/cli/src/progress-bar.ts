import { Presets, SingleBar } from "cli-progress";

/** A progress bar on stderr: redrawn on a terminal, an occasional line otherwise (CI logs). Starts on first update. */
export class ProgressBar {
  private bar: SingleBar | undefined;

  constructor(private readonly format: string) {}

  update(done: number, total: number): void {
    if (!this.bar) {
      this.bar = new SingleBar(
        { format: this.format, stream: process.stderr, noTTYOutput: true, notTTYSchedule: 5000, hideCursor: true },
        Presets.shades_classic,
      );
      this.bar.start(total, 0);
    }
    this.bar.setTotal(total);
    this.bar.update(done);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
