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

/** How a status is drawn: what did not (yet, or provably) happen is fainter and thinner. */
export const STATUS_STYLES: Record<RelationStatus, { opacity: number; size: number }> = {
  occurred: { opacity: 1, size: 2.5 },
  planned: { opacity: 0.5, size: 2 },
  alleged: { opacity: 0.5, size: 1.5 },
};

/** Colour muted to show what is outside the current focus. */
export const MUTED_COLOR = "#e4e4e4";

/** `#rrggbb` with an opacity, as the `rgba()` sigma understands. */
export function withOpacity(hex: string, opacity: number): string {
  if (opacity >= 1) return hex;
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${opacity})`;
}
