import type { Table } from "./read-table";

// What every spreadsheet import shares, whatever it brings in: matching columns to fields
// by their names (ours and common ones, in English and Chinese), the shape of a mapping and
// of a row's problem, and turning labels such as "Active" or "活跃" into enum codes. Pure.

/** Field → the column it comes from (index into the headers), or null when not imported. */
export type ImportMapping<F extends string = string> = Partial<Record<F, number | null>>;

/** A bad row: its spreadsheet row number (the header is row 1), the field and why. */
export type RowProblem<F extends string = string> = {
  row: number;
  field: F | "row";
  messageKey: string;
  /** Values the message names, e.g. the partner that was not found. */
  values?: Record<string, string>;
};

export const normalise = (text: string) => text.toLowerCase().replace(/[\s_\-:：()（）]+/g, " ").trim();

/**
 * A mapping guessed from the headers: each field takes the first column whose header it
 * knows, from `aliases` or from its form labels (what the template and the export use).
 */
export function guessMappingOf<F extends string>(
  fields: readonly F[],
  headers: readonly string[],
  aliases: Record<F, readonly string[]>,
  labels: readonly Partial<Record<F, string>>[],
): ImportMapping<F> {
  const mapping: ImportMapping<F> = {};
  const taken = new Set<number>();
  for (const field of fields) {
    const names = [...aliases[field], ...labels.map((byField) => byField[field] ?? "")].filter(Boolean).map(normalise);
    const index = headers.findIndex((header, i) => !taken.has(i) && names.includes(normalise(header)));
    mapping[field] = index >= 0 ? index : null;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

/** A saved mapping fits a file when every column it names exists there. */
export function mappingFits(mapping: ImportMapping, headers: readonly string[]): boolean {
  return Object.values(mapping).every((index) => index === null || index === undefined || (typeof index === "number" && index >= 0 && index < headers.length));
}

/**
 * A remembered mapping with the fields it does not name (added to the import since it was
 * saved) filled in from the guess, where the guessed column is not already taken.
 */
export function withNewFieldsGuessed<F extends string>(remembered: ImportMapping<F>, guessed: ImportMapping<F>): ImportMapping<F> {
  const mapping: ImportMapping<F> = { ...remembered };
  const taken = new Set(Object.values(remembered));
  for (const [field, column] of Object.entries(guessed) as [F, number | null | undefined][]) {
    if (field in remembered || column === null || column === undefined || taken.has(column)) continue;
    mapping[field] = column;
    taken.add(column);
  }
  return mapping;
}

/** A mapping as the browser sent it (JSON), keeping only known fields and existing columns. */
export function parseMapping<F extends string>(text: unknown, fields: readonly F[], headers: readonly string[]): ImportMapping<F> {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(typeof text === "string" ? text : "{}");
    if (parsed && typeof parsed === "object") raw = parsed as Record<string, unknown>;
  } catch {
    // an unreadable mapping maps nothing: the required fields then say so
  }
  const mapping: ImportMapping<F> = {};
  for (const field of fields) {
    const index = raw[field];
    mapping[field] = typeof index === "number" && Number.isInteger(index) && index >= 0 && index < headers.length ? index : null;
  }
  return mapping;
}

/** Label → code, from several label sets (each code → label). */
export function lookup(labels: readonly Record<string, string>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const byCode of labels) for (const [code, label] of Object.entries(byCode)) map.set(normalise(label), code);
  return map;
}

/** An enum's codes as their own labels, so "UNIVERSITY" is taken as well as "University". */
export const codesOf = (values: Record<string, string>) => Object.fromEntries(Object.values(values).map((value) => [value, value]));

/** A label or code as the enum's code; unknown text passes through for the schema to refuse. */
export const asCode = (map: Map<string, string>, value: string) => (value ? (map.get(normalise(value)) ?? value) : value);

/**
 * Each non-empty row's cells by field, with its spreadsheet row number. Empty rows (a
 * spreadsheet's trailing ones, spacer rows) are skipped.
 */
export function* rowsOf<F extends string>(table: Table, fields: readonly F[], mapping: ImportMapping<F>): Generator<{ row: number; raw: Record<F, string> }> {
  for (const [index, cells] of table.rows.entries()) {
    if (cells.every((cell) => !cell?.trim())) continue;
    const raw = {} as Record<F, string>;
    for (const field of fields) {
      const column = mapping[field];
      raw[field] = column === null || column === undefined ? "" : (cells[column] ?? "").trim();
    }
    yield { row: index + 2, raw };
  }
}
