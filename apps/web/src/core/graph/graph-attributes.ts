import type { EntityType } from "@news-kg/schema";
import type { EdgeStyle } from "../styling/edge-style.ts";

export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  color: string;
  size: number;
  x: number;
  y: number;
}

/** Sigma edge programs: straight or curved (parallel edges), with or without an arrow head (each solid or dashed). */
export type EdgeProgramName = "line" | "arrow" | "curved" | "curvedArrow";

/**
 * An edge holds its style (shared by every relation of its type and status) and, when it is one of
 * several between the same two entities, its curvature. Sigma copies every attribute of every edge before
 * its first frame, and copying a one-field object costs a fraction of copying one with six; the display
 * reducer spells out colour, size and program from the style.
 */
export interface EdgeAttributes {
  style: EdgeStyle;
  /** Only on edges that share their ends with another (several relations between the same two entities); 0 for the middle one of an odd number. */
  curvature?: number;
}

/** The sigma program that draws an edge. */
export function edgeProgram(attributes: EdgeAttributes): EdgeProgramName {
  return attributes.curvature ? (attributes.style.arrow ? "curvedArrow" : "curved") : attributes.style.arrow ? "arrow" : "line";
}
