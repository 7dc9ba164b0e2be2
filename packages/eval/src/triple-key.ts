import { RELATION_TYPES, STATIC_RELATIONS, SYMMETRIC_RELATIONS } from "@news-kg/schema";

/** The relation types scored, in the reference scorer's order (the schema's). */
export const CORE = RELATION_TYPES;
export const SYMMETRIC: ReadonlySet<string> = SYMMETRIC_RELATIONS;
export const STATIC: ReadonlySet<string> = STATIC_RELATIONS;

/** `subject\tPREDICATE\tobject`, the two ends of a symmetric predicate in sorted order. */
export function tripleKey(subject: string, predicate: string, object: string): string {
  if (SYMMETRIC.has(predicate) && subject > object) [subject, object] = [object, subject];
  return `${subject}\t${predicate}\t${object}`;
}
