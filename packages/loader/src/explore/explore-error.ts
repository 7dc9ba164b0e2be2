/**
 * A question the explorer cannot answer: a bad parameter (400), an id the graph does not hold (404), or a
 * database that cannot answer it (503, e.g. without the names index).
 */
export class ExploreError extends Error {
  override name = "ExploreError";
  constructor(
    readonly status: 400 | 404 | 503,
    reason: string,
  ) {
    super(`explore: ${reason}`);
  }
}
