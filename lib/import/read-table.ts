import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

// A spreadsheet as text cells: a sheet of an .xlsx, or a CSV file. Kind is judged by content
// (an .xlsx is a zip), not by name. A CSV saved by a Chinese Excel is GB18030, not UTF-8: a
// file that is not valid UTF-8 is read as GB18030, so its Chinese survives.
//
// An office's own register rarely starts with its column names in A1: a title row ("2024年合作
//院校一览表", merged across the columns) sits above them, or an instructions sheet comes first.
// The column names are taken from the sheet and row, among each sheet's first rows, whose
// names the importer knows best (`score`); with none known, from the first row that names
// several columns. A register often names its columns in two rows, a group merged above its
// parts ("日期" over 签署 / 生效 / 到期): two rows are read as one where together they name no
// fewer fields than either row alone (`joinedHeaders`, `headerOf`).

export type Table = {
  headers: string[];
  /** The rows below the column names. */
  rows: string[][];
  /** The spreadsheet row number of the column names (1 when not given), the lower one of two: rows[0] is the next row. */
  headerRow?: number;
  /** How many rows name the columns, when two do. */
  headerRows?: 2;
  /** The sheet read, for a workbook. */
  sheet?: string;
  /** The workbook's sheets whose column names the importer knows, when there are several: each can be read in turn. */
  sheets?: string[];
};

/** How well a row of column names fits the importer: how many of its fields they name. */
export type HeaderScore = (headers: readonly string[]) => number;

/** The spreadsheet row number of `table.rows[index]`, as Excel shows it beside the row. */
export const rowNumberOf = (table: Table, index: number) => (table.headerRow ?? 1) + 1 + index;

/** The cells of the spreadsheet row numbered `row`. */
export const cellsOfRow = (table: Table, row: number): string[] | undefined => table.rows[row - (table.headerRow ?? 1) - 1];

type Sheet = { name?: string; cells: string[][] };

/** How far down a sheet column names are looked for. */
const HEADER_SEARCH_ROWS = 10;

export class UnreadableTableError extends Error {
  override name = "UnreadableTableError";
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    // A link's text may itself be formatted text.
    if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
    // A formula's last result; a formula never calculated (a file written by a program) has none.
    if ("formula" in value || "sharedFormula" in value) return "result" in value ? cellText(value.result as ExcelJS.CellValue) : "";
    // An error (#N/A) or anything else without text.
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    // Read once: exceljs computes columnCount by walking every row.
    const columnCount = sheet.columnCount;
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = [];
      for (let column = 1; column <= columnCount; column++) cells.push(cellText(row.getCell(column).value).trim());
      rows[number - 1] = cells;
    });
    return { name: sheet.name, cells: Array.from(rows, (row) => row ?? []) };
  });
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes).replace(/^\uFEFF/, "");
  // A semicolon-separated file (Excel in much of Europe) has more ; than , in its first line.
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
}

/** Several different texts: a row that can name columns (a merged title repeats one text in every cell). */
const namesColumns = (cells: readonly string[]) => new Set(cells.filter(Boolean)).size >= 2;

/**
 * The name of a column under a group: the group and its part put together the way the
 * importer knows the name ("日期" + "签署" → "签署日期", "Date" + "Signed" → "Date Signed"),
 * else the part or the group alone.
 */
function columnName(group: string, part: string, score: HeaderScore): string {
  if (!part || group === part) return group;
  const names = [part + group, group + part, `${group} ${part}`, `${part} ${group}`, part, group];
  return names.find((name) => score([name]) > 0) ?? `${group} ${part}`;
}

/**
 * Two header rows read as one, or null when they are no such pair: the upper row groups the
 * lower row's names, each group's name standing over two or more parts (a merged cell reads so
 * in each of them; a CSV leaves the cells right of the name empty), and a column in no group
 * has its name in one row only, or the same in both (a vertical merge). A header row and the
 * record under it are no pair: their cells differ column by column, under no group. Nor are a
 * title and the names under it: a title stands over every column, and a line such as
 * "填报单位：国际交流处" is no group's name.
 */
function joinedHeaders(top: readonly string[], bottom: readonly string[], score: HeaderScore): string[] | null {
  const width = Math.max(top.length, bottom.length);
  const above = (column: number) => top[column] ?? "";
  const below = (column: number) => bottom[column] ?? "";
  const headers: string[] = [];
  let [groups, alone] = [0, false];
  for (let start = 0; start < width; ) {
    const group = above(start);
    let end = start + 1;
    while (group && end < width && below(end) && (above(end) === group || !above(end))) end++;
    if (end - start >= 2) {
      if (/[:：]/.test(group)) return null;
      groups++;
      for (let column = start; column < end; column++) headers.push(columnName(group, below(column), score));
    } else if (!group || !below(start) || group === below(start)) {
      headers.push(group || below(start));
      alone ||= Boolean(group || below(start));
    } else {
      return null;
    }
    start = end;
  }
  // A single group over every column is a title.
  return groups > 1 || (groups === 1 && alone) ? headers : null;
}

type Header = { sheet: Sheet; index: number; headers: readonly string[]; rows: 1 | 2; score: number };

/**
 * The row of a sheet whose column names score best, or the pair of rows (`joinedHeaders`) when
 * together they name no less than either row alone: records never start between a group and
 * its parts. Under a title (one text across the columns), the pair must name more than the
 * row of names below it. Other ties go to the earlier row.
 */
function headerOf(sheet: Sheet, score: HeaderScore): Header | null {
  let best: Header | null = null;
  const rows = sheet.cells.slice(0, HEADER_SEARCH_ROWS + 1);
  const scores = rows.map((cells) => (namesColumns(cells) ? score(cells) : -1));
  for (const [index, cells] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const candidates: Header[] = [];
    const below = rows[index + 1];
    const headers = below && scores[index + 1]! >= 0 ? joinedHeaders(cells, below, score) : null;
    if (headers) {
      const value = score(headers);
      const [upper, lower] = [scores[index]!, scores[index + 1]!];
      if (upper >= 0 ? value >= Math.max(upper, lower) : value > lower) candidates.push({ sheet, index: index + 1, headers, rows: 2, score: value });
    }
    if (scores[index]! >= 0) candidates.push({ sheet, index, headers: cells, rows: 1, score: scores[index]! });
    for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

/**
 * The table of a spreadsheet: of the sheet named `sheetName` when the workbook has it, else of
 * the sheet whose column names score best (ties to the earlier sheet). A workbook that keeps
 * its records on several sheets (one a year, one a continent) lists them in `sheets`, for the
 * importer to take one at a time.
 */
export async function readTable(bytes: Uint8Array, score: HeaderScore = () => 0, sheetName?: string): Promise<Table> {
  let sheets: Sheet[];
  try {
    sheets = ZIP.every((byte, i) => bytes[i] === byte) ? await readXlsx(bytes) : [{ cells: readCsv(bytes) }];
  } catch (error) {
    throw new UnreadableTableError(error instanceof Error ? error.message : String(error));
  }
  const headers = sheets.map((sheet) => headerOf(sheet, score));
  const chosen = headers.find((header, i) => sheetName !== undefined && sheets[i]!.name === sheetName);
  const found = chosen ?? headers.reduce<Header | null>((best, header) => (header && (!best || header.score > best.score) ? header : best), null);
  const sheet = found?.sheet ?? sheets[0];
  const index = found?.index ?? 0;
  const cells = sheet?.cells ?? [];
  const withRecords = headers.filter((header): header is Header => header !== null && header.score > 0 && header.sheet.name !== undefined);
  return {
    headers: (found?.headers ?? cells[index] ?? []).map((header) => header.trim()),
    rows: cells.slice(index + 1),
    headerRow: index + 1,
    ...(found?.rows === 2 ? { headerRows: 2 as const } : {}),
    ...(sheet?.name !== undefined && sheets.length > 1 ? { sheet: sheet.name } : {}),
    ...(withRecords.length > 1 ? { sheets: withRecords.map((header) => header.sheet.name!) } : {}),
  };
}
