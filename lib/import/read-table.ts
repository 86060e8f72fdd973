import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

// A spreadsheet as text cells: the first sheet of an .xlsx, or a CSV file. Kind is judged by
// content (an .xlsx is a zip), not by name. A CSV saved by a Chinese Excel is GB18030, not
// UTF-8: a file that is not valid UTF-8 is read as GB18030, so its Chinese survives.

export type Table = { headers: string[]; rows: string[][] };

export class UnreadableTableError extends Error {
  override name = "UnreadableTableError";
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  // Read once: exceljs computes columnCount by walking every row.
  const columnCount = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= columnCount; column++) cells.push(cellText(row.getCell(column).value).trim());
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
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

export async function readTable(bytes: Uint8Array): Promise<Table> {
  let cells: string[][];
  try {
    cells = ZIP.every((byte, i) => bytes[i] === byte) ? await readXlsx(bytes) : readCsv(bytes);
  } catch (error) {
    throw new UnreadableTableError(error instanceof Error ? error.message : String(error));
  }
  const [headers = [], ...rows] = cells;
  return { headers: headers.map((header) => header.trim()), rows };
}
