// How a batch of rows travels to the server. Normally as ONE string parameter: rows, fields and list items
// joined with ASCII separator characters and split again in Cypher (the work LOAD CSV does on a file).
// The driver encodes a single string about ten times faster than thousands of maps, and the server decodes
// it faster too. A batch whose values contain a separator character travels as plain maps instead.
// Either way the statement sees the same typed `row` map.

/** `optionalString` is null when absent; integer kinds are stored as Neo4j integers (JS numbers are floats). */
export type FieldKind = "string" | "optionalString" | "float" | "integer" | "stringList" | "integerList";
export type RowSpec = readonly (readonly [name: string, kind: FieldKind])[];

const ROW_SEPARATOR = "\u001e";
const FIELD_SEPARATOR = "\u001f";
const ITEM_SEPARATOR = "\u001d";
/** Stands for null, and for the empty list (so that `[""]` stays distinct from `[]`). */
const NOTHING = "\u001c";
const SEPARATORS = /[\u001c-\u001f]/;

const cypherString = (s: string) => `'\\u${s.charCodeAt(0).toString(16).padStart(4, "0")}'`;

type Value = string | number | null | undefined | readonly (string | number)[];

function packValue(kind: FieldKind, value: Value): string | undefined {
  if (value === null || value === undefined) return NOTHING;
  if (Array.isArray(value)) {
    if (value.length === 0) return NOTHING;
    const items = value.map(String);
    return items.some((item) => SEPARATORS.test(item)) ? undefined : items.join(ITEM_SEPARATOR);
  }
  const text = String(value);
  return kind !== "float" && kind !== "integer" && SEPARATORS.test(text) ? undefined : text;
}

/** The batch as one string, or undefined when some value contains a separator character. */
export function packRows(spec: RowSpec, rows: readonly object[]): string | undefined {
  const lines: string[] = [];
  for (const row of rows) {
    const fields: string[] = [];
    for (const [name, kind] of spec) {
      const packed = packValue(kind, (row as Record<string, Value>)[name]);
      if (packed === undefined) return undefined;
      fields.push(packed);
    }
    lines.push(fields.join(FIELD_SEPARATOR));
  }
  return lines.join(ROW_SEPARATOR);
}

function decodePacked(kind: FieldKind, f: string): string {
  const nothing = cypherString(NOTHING);
  const items = `split(${f}, ${cypherString(ITEM_SEPARATOR)})`;
  switch (kind) {
    case "string":
      return f;
    case "optionalString":
      return `CASE ${f} WHEN ${nothing} THEN null ELSE ${f} END`;
    case "float":
      return `toFloat(${f})`;
    case "integer":
      return `toInteger(${f})`;
    case "stringList":
      return `CASE ${f} WHEN ${nothing} THEN [] ELSE ${items} END`;
    case "integerList":
      return `CASE ${f} WHEN ${nothing} THEN [] ELSE [x IN ${items} | toInteger(x)] END`;
  }
}

function decodeMap(kind: FieldKind, value: string): string {
  if (kind === "integer") return `toInteger(${value})`;
  if (kind === "integerList") return `[x IN ${value} | toInteger(x)]`;
  return value;
}

/**
 * The clause that binds `row` for each row of the batch: from `$packed` (the string of packRows) or from
 * `$rows` (plain maps).
 */
export function unwindRows(spec: RowSpec, packed: boolean): string {
  if (packed) {
    const fields = spec.map(([name, kind], i) => `${name}: ${decodePacked(kind, `f[${i}]`)}`).join(", ");
    return `UNWIND split($packed, ${cypherString(ROW_SEPARATOR)}) AS line
WITH split(line, ${cypherString(FIELD_SEPARATOR)}) AS f
WITH {${fields}} AS row`;
  }
  const fields = spec.map(([name, kind]) => `${name}: ${decodeMap(kind, `raw.${name}`)}`).join(", ");
  return `UNWIND $rows AS raw
WITH {${fields}} AS row`;
}

/** Parameters and row clause for one batch. */
export function batchParams(spec: RowSpec, rows: readonly object[]): { unwind: string; params: Record<string, unknown> } {
  const packed = packRows(spec, rows);
  return packed === undefined
    ? { unwind: unwindRows(spec, false), params: { rows } }
    : { unwind: unwindRows(spec, true), params: { packed } };
}
