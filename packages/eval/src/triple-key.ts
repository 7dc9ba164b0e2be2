export const CORE = [
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
export const SYMMETRIC: ReadonlySet<string> = new Set(["MET", "SIGNED"]);
export const STATIC: ReadonlySet<string> = new Set(["OFFICIAL_OF", "PARENT_OF", "LOCATED_IN"]);

/** `subject\tPREDICATE\tobject`, the two ends of a symmetric predicate in sorted order. */
export function tripleKey(subject: string, predicate: string, object: string): string {
  if (SYMMETRIC.has(predicate) && subject > object) [subject, object] = [object, subject];
  return `${subject}\t${predicate}\t${object}`;
}
