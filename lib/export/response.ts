import { CONTENT_TYPES, tabularStream, type Column, type ExportFormat } from "./tabular";

/** ?format=xlsx or csv; anything else is xlsx, what most offices open. */
export function exportFormatOf(searchParams: URLSearchParams): ExportFormat {
  return searchParams.get("format") === "csv" ? "csv" : "xlsx";
}

/** A streamed download of rows as CSV or Excel, named "<name>-<date>.<format>". */
export function exportResponse<T>(format: ExportFormat, name: string, rows: AsyncIterable<T>, columns: readonly Column<T>[]): Response {
  const fileName = `${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  return new Response(tabularStream(format, rows, columns, name), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
