import { SYMMETRIC_RELATIONS, type RelationStatus, type RelationType } from "@news-kg/schema/vocabulary";
import { RELATION_COLORS, STATUS_DASHES, STATUS_STYLES, withOpacity } from "./palette.ts";

export interface EdgeStyle {
  relationType: RelationType;
  status: RelationStatus;
  color: string;
  size: number;
  /** Directed relations get an arrow; MET and SIGNED read the same both ways and get none. */
  arrow: boolean;
  label: string;
  /** Planned and alleged relations are drawn dashed or dotted (on, off in pixels); occurred ones solid. */
  dash?: readonly [on: number, off: number];
}

const styles = new Map<string, EdgeStyle>();

/** How a relation is drawn; one shared object per type and status (big graphs have many edges, few styles). */
export function edgeStyle(type: RelationType, status: RelationStatus): EdgeStyle {
  const key = `${type}/${status}`;
  let style = styles.get(key);
  if (!style) {
    const { opacity, size } = STATUS_STYLES[status];
    const dash = STATUS_DASHES[status];
    style = {
      relationType: type,
      status,
      color: withOpacity(RELATION_COLORS[type], opacity),
      size,
      arrow: !SYMMETRIC_RELATIONS.has(type),
      label: status === "occurred" ? type : `${type} (${status})`,
      ...(dash ? { dash } : {}),
    };
    styles.set(key, style);
  }
  return style;
}
