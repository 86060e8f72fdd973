import { rowNumberOf, type Table } from "./read-table";

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
  /** Values the message names, e.g. the partner that was not found; `country` is a code the report names in the reader's language. */
  values?: Record<string, string>;
  /** A record the problem is about, for the page to link to: the partner that already exists. */
  link?: { href: string; name: string };
};

/** For matching names: full-width forms folded (ＵＫ, （）), case, spaces and punctuation around words ignored. */
export const normalise = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[\s_\-:()]+/g, " ").trim();

/**
 * A partner's name as its spellings compare, in both imports: letter case, runs of spaces and
 * full-width letters (Ｔｏｋｙｏ, as Chinese and Japanese input methods type them) set aside.
 * Nothing more: "Univ." is not taken for "University". Compared in JavaScript only: PostgreSQL's
 * lower() treats some letters (İ, a final Σ) otherwise.
 */
export const nameKey = (name: string) => name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** A qualifier that changes what a column holds: a duration's unit ("有效期（年）" is no expiry date). */
const UNIT = /^\s*(年|月|天|日|years?|months?|days?)\s*$/i;

/** A header without a qualifier in brackets or on a line of its own ("签署日期\n（年/月/日）", "Signed on (dd/mm/yyyy)"), normalised. */
const withoutQualifier = (header: string) =>
  normalise((header.split(/\r?\n/)[0] ?? "").replace(/\s*[(（]([^()（）]*)[)）]\s*/g, (whole, inner: string) => (UNIT.test(inner) ? whole : " ")));

/** A header whose qualifier says which of two: "名称（英文）" as 英文名称, "Name (English)" as "English name". */
function qualifiedForms(header: string): string[] {
  const match = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*$/.exec(header.trim());
  return match ? [normalise(match[2]! + match[1]!), normalise(`${match[2]} ${match[1]}`)] : [];
}

/**
 * A mapping guessed from the headers: each field takes the first column whose header it
 * knows (as it is, else `withoutQualifier`), from `aliases` or from its form labels (what the template and the export use), else
 * the first whose header is one of its `fallbacks` (names that say less, taken only when
 * nothing says more).
 */
export function guessMappingOf<F extends string>(
  fields: readonly F[],
  headers: readonly string[],
  aliases: Record<F, readonly string[]>,
  labels: readonly Partial<Record<F, string>>[],
  fallbacks: Partial<Record<F, readonly string[]>> = {},
): ImportMapping<F> {
  const mapping: ImportMapping<F> = {};
  const taken = new Set<number>();
  const exact = headers.map((header) => [normalise(header), ...qualifiedForms(header)]);
  const bare = headers.map(withoutQualifier);
  // A header as it is before one without its qualifier: "Name (native)" is no "Name".
  const columnNamed = (names: readonly string[]) => {
    const free = (i: number) => !taken.has(i);
    const index = exact.findIndex((forms, i) => free(i) && forms.some((form) => names.includes(form)));
    return index >= 0 ? index : bare.findIndex((header, i) => free(i) && names.includes(header));
  };
  for (const field of fields) {
    const names = [...aliases[field], ...labels.map((byField) => byField[field] ?? "")].filter(Boolean).map(normalise);
    const found = columnNamed(names);
    const index = found >= 0 ? found : columnNamed((fallbacks[field] ?? []).map(normalise));
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
 * saved) filled in from the guess, where the guessed column is not already taken, or is taken
 * by the field the new one `takesOver`: the one that column's values went to before the new
 * field existed (a Chinese name column went to the native name).
 */
export function withNewFieldsGuessed<F extends string>(remembered: ImportMapping<F>, guessed: ImportMapping<F>, takesOver: Partial<Record<F, F>> = {}): ImportMapping<F> {
  const mapping: ImportMapping<F> = { ...remembered };
  const taken = new Set(Object.values(remembered));
  for (const [field, column] of Object.entries(guessed) as [F, number | null | undefined][]) {
    if (field in remembered || column === null || column === undefined) continue;
    const older = takesOver[field];
    if (older !== undefined && mapping[older] === column) mapping[older] = null;
    else if (taken.has(column)) continue;
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

/** Label → code, from several sets of labels (each code → a label or several); an earlier set wins a shared label. */
export function lookup(labels: readonly Readonly<Record<string, string | readonly string[]>>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const byCode of labels) {
    for (const [code, names] of Object.entries(byCode)) {
      for (const key of (typeof names === "string" ? [names] : names).map(normalise)) if (!map.has(key)) map.set(key, code);
    }
  }
  return map;
}

/** What separates the partners of a multilateral agreement in one cell: 、 and semicolons, which no name contains. */
export const NAME_SEPARATORS = /[;；、]/;

/** A cell's parts at `separators`, in order, repeats kept ("德国；德国；法国" pairs with three names). */
export const partsOf = (value: string, separators: RegExp) => value.split(separators).map((part) => part.trim()).filter(Boolean);

/**
 * "A; B；C、D" → ["A", "B", "C", "D"], each once: several partners or faculties in one cell,
 * also one per line. A comma is no separator ("Siemens Co., Ltd.", "University of
 * California，Berkeley" typed with a Chinese input method) unless `separators` says so.
 */
export const splitList = (value: string, separators: RegExp = /[;；、\n]/) => [...new Set(partsOf(value, separators))];

/** Words a spreadsheet adds to a kind without changing it: "Staff Exchange Agreement", "校际交流协议". */
const GENERIC_ENDING = /\s*(agreements?|programmes?|programs?|协议书|协议|项目)$/;

/** An enum's codes as their own labels, so "UNIVERSITY" is taken as well as "University". */
export const codesOf = (values: Record<string, string>) => Object.fromEntries(Object.values(values).map((value) => [value, value]));

/** A label or code as the enum's code; unknown text passes through for the schema to refuse. */
export function asCode(map: Map<string, string>, value: string): string {
  if (!value) return value;
  const key = normalise(value);
  return map.get(key) ?? map.get(key.replace(GENERIC_ENDING, "")) ?? value;
}

/** The label of a totals row under the data, which is no record. */
const TOTAL_LABELS = new Set(["合计", "总计", "小计", "合計", "總計", "total", "totals", "grand total", "sum"]);

/** "合计", "Total" or "合计：3项" followed by nothing but numbers. */
function isTotalsRow(cells: readonly string[]): boolean {
  const [label, ...rest] = cells.map((cell) => cell?.trim() ?? "").filter(Boolean);
  if (label === undefined) return false;
  const words = normalise(label).replace(/[:：]?\s*共?\s*\d+\s*(项|个|份|所|家|条|rows?|items?)?$/, "").trim();
  return TOTAL_LABELS.has(words) && rest.every((cell) => /^[\d\s.,%]+$/.test(cell));
}

/**
 * What registers write in a cell that has nothing to say: a dash, a slash, "N/A", Excel's #N/A,
 * 无. Read as an empty cell. ("NA" is not among them: it is Namibia's country code.)
 */
const NOTHING = new Set(["-", "--", "—", "——", "–", "/", "n/a", "#n/a", "无", "暂无"]);

/** A row's cells by field ("" for a field with no column, or a cell that says nothing). */
function cellsByField<F extends string>(cells: readonly string[], fields: readonly F[], mapping: ImportMapping<F>): Record<F, string> {
  const raw = {} as Record<F, string>;
  for (const field of fields) {
    const column = mapping[field];
    const cell = column === null || column === undefined ? "" : (cells[column] ?? "").trim();
    raw[field] = NOTHING.has(cell.normalize("NFKC").toLowerCase()) ? "" : cell;
  }
  return raw;
}

const isBlank = (values: readonly (string | undefined)[]) => values.every((value) => !value?.trim());

/**
 * Each row's cells by field, with its spreadsheet row number. Rows with nothing in the chosen
 * columns (a spreadsheet's trailing rows, spacer rows, a note or "填表人：…" under the table in
 * a column not imported: `ignoredRows`) and a totals row are skipped.
 */
export function* rowsOf<F extends string>(table: Table, fields: readonly F[], mapping: ImportMapping<F>): Generator<{ row: number; raw: Record<F, string> }> {
  for (const [index, cells] of table.rows.entries()) {
    if (isTotalsRow(cells)) continue;
    const raw = cellsByField(cells, fields, mapping);
    if (isBlank(Object.values(raw))) continue;
    yield { row: rowNumberOf(table, index), raw };
  }
}

/**
 * The rows with text only in columns not imported, which `rowsOf` skips: a note under the table,
 * or a record whose columns were matched wrongly. The dry run names them.
 */
export function ignoredRows<F extends string>(table: Table, fields: readonly F[], mapping: ImportMapping<F>): number[] {
  return [...table.rows.entries()]
    .filter(([, cells]) => !isBlank(cells) && !isTotalsRow(cells) && isBlank(Object.values(cellsByField(cells, fields, mapping))))
    .map(([index]) => rowNumberOf(table, index));
}
