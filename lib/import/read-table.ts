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
// several columns.

export type Table = {
  headers: string[];
  /** The rows below the column names. */
  rows: string[][];
  /** The spreadsheet row number of the column names (1 when not given): rows[0] is the next row. */
  headerRow?: number;
  /** The sheet read, for a workbook. */
  sheet?: string;
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
    if ("error" in value) return "";
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

/** The sheet and row whose column names score best; ties go to the earlier sheet and row. */
function findHeader(sheets: readonly Sheet[], score: HeaderScore): { sheet: Sheet; index: number } | null {
  let best: { sheet: Sheet; index: number; score: number } | null = null;
  for (const sheet of sheets) {
    for (const [index, cells] of sheet.cells.slice(0, HEADER_SEARCH_ROWS).entries()) {
      if (!namesColumns(cells)) continue;
      const value = score(cells);
      if (!best || value > best.score) best = { sheet, index, score: value };
    }
  }
  return best;
}

export async function readTable(bytes: Uint8Array, score: HeaderScore = () => 0): Promise<Table> {
  let sheets: Sheet[];
  try {
    sheets = ZIP.every((byte, i) => bytes[i] === byte) ? await readXlsx(bytes) : [{ cells: readCsv(bytes) }];
  } catch (error) {
    throw new UnreadableTableError(error instanceof Error ? error.message : String(error));
  }
  const found = findHeader(sheets, score);
  const sheet = found?.sheet ?? sheets[0];
  const index = found?.index ?? 0;
  const cells = sheet?.cells ?? [];
  return {
    headers: (cells[index] ?? []).map((header) => header.trim()),
    rows: cells.slice(index + 1),
    headerRow: index + 1,
    ...(sheet?.name !== undefined && sheets.length > 1 ? { sheet: sheet.name } : {}),
  };
}
