/** A rectangle on screen turned by `angle` (radians, clockwise on a y-down canvas) about its centre. */
export interface OrientedBox {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
  angle: number;
}

/** Rounding in the trigonometry must not turn boxes that touch into overlapping ones. */
const OVERLAP_TOLERANCE = 1e-9;

/** How far the box reaches along the unit vector (ux, uy) from its centre. */
function reach(box: OrientedBox, ux: number, uy: number): number {
  const cos = Math.cos(box.angle);
  const sin = Math.sin(box.angle);
  return box.halfWidth * Math.abs(cos * ux + sin * uy) + box.halfHeight * Math.abs(-sin * ux + cos * uy);
}

/**
 * Whether two boxes overlap (separating axis theorem: two rectangles are apart exactly when one of their
 * four edge directions separates their projections). Boxes that only touch do not overlap.
 */
export function boxesOverlap(a: OrientedBox, b: OrientedBox): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // Far apart for their sizes, whatever their angles: no need for the axes.
  if (Math.hypot(dx, dy) >= Math.hypot(a.halfWidth, a.halfHeight) + Math.hypot(b.halfWidth, b.halfHeight)) return false;
  for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    if (Math.abs(dx * ux + dy * uy) >= reach(a, ux, uy) + reach(b, ux, uy) - OVERLAP_TOLERANCE) return false;
  }
  return true;
}
