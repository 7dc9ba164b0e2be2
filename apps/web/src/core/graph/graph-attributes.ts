import type { EntityType, RelationStatus, RelationType } from "@news-kg/schema";

export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  color: string;
  size: number;
  x: number;
  y: number;
}

/** Sigma edge programs: straight or curved (parallel edges), with or without an arrow head. */
export type EdgeProgramName = "line" | "arrow" | "curved" | "curvedArrow";

export interface EdgeAttributes {
  relationType: RelationType;
  status: RelationStatus;
  color: string;
  size: number;
  /** Shown as the edge label only when the reducers ask for it (sigma reads `label`, which edges lack). */
  relationLabel: string;
  type: EdgeProgramName;
  curvature: number;
}
