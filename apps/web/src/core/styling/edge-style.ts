import { SYMMETRIC_RELATIONS, type RelationStatus, type RelationType } from "@news-kg/schema";
import { RELATION_COLORS, STATUS_STYLES, withOpacity } from "./palette.ts";

export interface EdgeStyle {
  color: string;
  size: number;
  /** Directed relations get an arrow; MET and SIGNED read the same both ways and get none. */
  arrow: boolean;
  label: string;
}

export function edgeStyle(type: RelationType, status: RelationStatus): EdgeStyle {
  const { opacity, size } = STATUS_STYLES[status];
  return {
    color: withOpacity(RELATION_COLORS[type], opacity),
    size,
    arrow: !SYMMETRIC_RELATIONS.has(type),
    label: status === "occurred" ? type : `${type} (${status})`,
  };
}
