import { hashText } from "../data/document-hash.ts";

/**
 * A starting position for a node, derived from its id alone: the same document always starts from the
 * same picture (reproducible layouts, and the benchmark's bare page can draw the very same positions).
 * Points fall uniformly in a disc whose area grows with the node count.
 */
export function initialPosition(nodeId: string, nodeCount: number): { x: number; y: number } {
  const hash = Number.parseInt(hashText(nodeId), 16);
  const angle = ((hash % 1_000_003) / 1_000_003) * 2 * Math.PI;
  const radius = Math.sqrt((Math.floor(hash / 1_000_003) % 999_983) / 999_983) * 10 * Math.sqrt(nodeCount);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}
