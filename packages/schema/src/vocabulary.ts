/** Entity and relation vocabulary. Neo4j labels and relationship types come only from these enums. */

export const ENTITY_TYPES = ["PERSON", "COUNTRY", "ORGANIZATION", "LOCATION"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Neo4j label for each entity type (Browser users see `:Person`, `:Country`, ...). */
export const ENTITY_LABELS: Record<EntityType, string> = {
  PERSON: "Person",
  COUNTRY: "Country",
  ORGANIZATION: "Organization",
  LOCATION: "Location",
};

export const RELATION_TYPES = [
  "MET",
  "VISITED",
  "INVITED",
  "THANKED",
  "SUPPORTED",
  "PRAISED",
  "CRITICIZED",
  "ACCUSED",
  "SUPPLIED",
  "SIGNED",
  "SANCTIONED",
  "OFFICIAL_OF",
  "PARENT_OF",
  "LOCATED_IN",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_STATUSES = ["occurred", "planned", "alleged"] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** MET and SIGNED read the same both ways; the extractor orders their ends by entity id. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(["MET", "SIGNED"]);

/** Standing facts rather than events: they have no date of their own. */
export const STATIC_RELATIONS: ReadonlySet<RelationType> = new Set(["OFFICIAL_OF", "PARENT_OF", "LOCATED_IN"]);

/** CAMEO event codes (the GDELT / PETRARCH ontology), where the vocabulary has one. */
export const CAMEO_CODES: Partial<Record<RelationType, string>> = {
  MET: "040",
  VISITED: "042",
  INVITED: "036",
  THANKED: "051",
  SUPPORTED: "051",
  PRAISED: "051",
  CRITICIZED: "111",
  ACCUSED: "112",
  SUPPLIED: "072",
  SIGNED: "057",
  SANCTIONED: "163",
};
