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
  label: string;
  type: EdgeProgramName;
  curvature: number;
}
