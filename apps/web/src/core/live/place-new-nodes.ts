import type { GraphDocument } from "@news-kg/schema";
import { hashText } from "../data/document-hash.ts";
import { initialPosition } from "../layout/initial-positions.ts";

type Point = { x: number; y: number };

/** How far from its drawn neighbour a newly fetched entity starts, in graph units. */
export const NEW_NODE_DISTANCE = 5;

/**
 * Up to this many newly fetched entities, a live view keeps them where `placeNewNodes` put them instead of
 * starting the layout: ForceAtlas2 moves every node each step, and each step is a full redraw (in software on
 * machines without a GPU), for an answer the placement already shows. The layout button still runs it.
 */
export const SETTLE_NEW_NODES_OVER = 30;

/** Whether a live view that added `added` entities to `drawn` drawn ones starts the layout. */
export const layoutAfterGrowth = (added: number, drawn: number) => added > SETTLE_NEW_NODES_OVER || (added > 0 && drawn === 0);

/**
 * Positions for a grown graph: what was drawn stays where it was; an entity that just arrived starts
 * close to a drawn entity it is related to (the one expanded, usually), at an angle its id fixes, so the
 * layout only has to settle the new part; an entity with no drawn relation starts where an opened
 * document would put it.
 */
export function placeNewNodes(document: GraphDocument, drawn: Pick<ReadonlyMap<string, Point>, "get">): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const entity of document.entities) {
    const known = drawn.get(entity.id);
    if (known) positions.set(entity.id, known);
  }
  for (const relation of document.relations) {
    for (const [end, other] of [
      [relation.source, relation.target],
      [relation.target, relation.source],
    ] as const) {
      const anchor = positions.get(other);
      if (positions.has(end) || !anchor) continue;
      const angle = ((Number.parseInt(hashText(end), 16) % 360) * Math.PI) / 180;
      positions.set(end, { x: anchor.x + NEW_NODE_DISTANCE * Math.cos(angle), y: anchor.y + NEW_NODE_DISTANCE * Math.sin(angle) });
    }
  }
  for (const entity of document.entities) {
    if (!positions.has(entity.id)) positions.set(entity.id, initialPosition(entity.id, document.entities.length));
  }
  return positions;
}
