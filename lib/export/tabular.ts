import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";

// Lists leave Meridian as CSV or Excel, streamed: rows are written as the database hands
// them over in batches, so an export of 100,000 rows never sits in memory whole.

export type Cell = string | number | boolean | Date | null;
export type Column<T> = { header: string; value: (row: T) => Cell; width?: number };
export type ExportFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * A cell as CSV text. Dates as YYYY-MM-DD. Text that a spreadsheet would run as a formula
 * (=, +, -, @, tab, carriage return first) gets a leading apostrophe (OWASP "CSV injection").
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  let text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const BATCH = 500;

/**
 * CSV in UTF-8 with a byte-order mark, which Excel needs to read Chinese correctly, and
 * CRLF line ends (RFC 4180).
 */
export function csvStream<T>(rows: AsyncIterable<T>, columns: readonly Column<T>[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  const line = (cells: Cell[]) => `${cells.map(csvField).join(",")}\r\n`;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${line(columns.map((column) => column.header))}`));
    },
    async pull(controller) {
      let chunk = "";
      for (let i = 0; i < BATCH; i++) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += line(columns.map((column) => column.value(next.value)));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** An .xlsx workbook of one sheet, written by exceljs's streaming writer as rows arrive. */
export function xlsxStream<T>(rows: AsyncIterable<T>, columns: readonly Column<T>[], sheetName: string): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  void (async () => {
    try {
      for await (const row of rows) {
        // An abandoned download stops the reading (leaving the loop closes the rows' cursor);
        // a slow one pauses it, so the workbook is written no faster than it is taken.
        if (output.destroyed) return;
        sheet.addRow(columns.map((column) => column.value(row))).commit();
        if (output.writableNeedDrain) await Promise.race([once(output, "drain"), once(output, "close")]);
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

export function tabularStream<T>(format: ExportFormat, rows: AsyncIterable<T>, columns: readonly Column<T>[], sheetName: string): ReadableStream<Uint8Array> {
  return format === "csv" ? csvStream(rows, columns) : xlsxStream(rows, columns, sheetName);
}
