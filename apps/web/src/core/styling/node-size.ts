const MIN_SIZE = 4;
const MAX_SIZE = 18;

/** Node radius from its degree: square-root scale, so hubs stand out without swallowing the rest. */
export function nodeSizeForDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_SIZE;
  return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(degree / maxDegree);
}
