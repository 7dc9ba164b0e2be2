import { boxesOverlap, type OrientedBox } from "./oriented-box.ts";

/** A label that asks to be drawn: the boxes its text covers on screen (a curved label, one per letter). */
export interface LabelCandidate {
  boxes: readonly OrientedBox[];
  /** Higher first (the selected relation, then the focus's); equal ones in the order they came. */
  priority: number;
}

/**
 * Which labels to draw so that none is drawn over another: in order of priority, a label is kept when
 * none of its boxes overlaps a box of a label kept before it (as sigma's label grid does for nodes).
 * Returns the indices of the kept labels, in the order given.
 */
export function chooseLabels(candidates: readonly LabelCandidate[]): number[] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b]!.priority - candidates[a]!.priority || a - b);
  const kept: number[] = [];
  const taken: { boxes: readonly OrientedBox[]; circle: Circle }[] = [];
  for (const i of order) {
    const { boxes } = candidates[i]!;
    if (boxes.length === 0) {
      kept.push(i); // draws nothing, takes no room
      continue;
    }
    const circle = enclosingCircle(boxes);
    const clash = taken.some(
      (other) =>
        Math.hypot(circle.x - other.circle.x, circle.y - other.circle.y) < circle.radius + other.circle.radius &&
        boxes.some((box) => other.boxes.some((otherBox) => boxesOverlap(box, otherBox))),
    );
    if (clash) continue;
    kept.push(i);
    taken.push({ boxes, circle });
  }
  return kept.sort((a, b) => a - b);
}

type Circle = { x: number; y: number; radius: number };

/** A circle around every box of a label (not the smallest): a cheap first test between two labels. */
function enclosingCircle(boxes: readonly OrientedBox[]): Circle {
  const x = boxes.reduce((sum, box) => sum + box.x, 0) / boxes.length;
  const y = boxes.reduce((sum, box) => sum + box.y, 0) / boxes.length;
  const radius = Math.max(0, ...boxes.map((box) => Math.hypot(box.x - x, box.y - y) + Math.hypot(box.halfWidth, box.halfHeight)));
  return { x, y, radius };
}
