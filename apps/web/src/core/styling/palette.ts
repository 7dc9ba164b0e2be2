import type { EntityType, RelationStatus, RelationType } from "@news-kg/schema";

/** One colour per entity type (Tableau 10 hues, legible on white). */
export const ENTITY_COLORS: Record<EntityType, string> = {
  PERSON: "#e15759",
  COUNTRY: "#4e79a7",
  ORGANIZATION: "#f28e2b",
  LOCATION: "#59a14f",
};

/** Relation colours by family: cooperative blues and greens, hostile reds, standing facts in greys. */
export const RELATION_COLORS: Record<RelationType, string> = {
  MET: "#3b6fb6",
  VISITED: "#2a9d8f",
  INVITED: "#6a9f58",
  THANKED: "#c9a227",
  SUPPORTED: "#2e8b57",
  PRAISED: "#b07aa1",
  SIGNED: "#1d3557",
  SUPPLIED: "#7b4fa0",
  CRITICIZED: "#e76f51",
  ACCUSED: "#c0392b",
  SANCTIONED: "#8b1e3f",
  OFFICIAL_OF: "#8d99ae",
  PARENT_OF: "#a68a64",
  LOCATED_IN: "#a0a0a0",
};

/**
 * How a status is drawn: what did not (yet, or provably) happen is fainter and thinner, and dashed or
 * dotted (STATUS_DASHES; the gaps already lighten it, so it is only a little transparent).
 */
export const STATUS_STYLES: Record<RelationStatus, { opacity: number; size: number }> = {
  occurred: { opacity: 1, size: 2.5 },
  planned: { opacity: 0.75, size: 2 },
  alleged: { opacity: 0.75, size: 1.5 },
};

/**
 * Status without colour, in the graph as in the legend: planned relations dashed, alleged ones dotted
 * (CSS pixels drawn, then left out; see the legend's swatches in styles.css).
 */
export const STATUS_DASHES: Record<RelationStatus, readonly [on: number, off: number] | undefined> = {
  occurred: undefined,
  planned: [7, 4],
  alleged: [2, 3],
};

/** Colour muted to show what is outside the current focus. */
export const MUTED_COLOR = "#e4e4e4";

/** `#rrggbb` with an opacity, as the `rgba()` sigma understands. */
export function withOpacity(hex: string, opacity: number): string {
  if (opacity >= 1) return hex;
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${opacity})`;
}
