/** A file (or one record in it) that cannot be read as an article. The batch reports it and goes on. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** Where in the file, when known: a line number ("12") or a record ("record 3"). */
    readonly place?: string,
  ) {
    super(`extract: ${file}${place ? `:${place}` : ""}: ${reason}`);
    this.name = "InputError";
  }
}
