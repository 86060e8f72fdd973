import "server-only";
import ExcelJS from "exceljs";
import { assertRole, OFFICE_ROLES } from "@/lib/data/access";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { CONTENT_TYPES } from "@/lib/export/tabular";

// An import's template (/<kind>/import/template): our column names in the user's language
// (the import maps them by themselves), example rows to overwrite, and optionally a second
// sheet of notes, one line per column (the import reads only the first sheet).

export type TemplateSpec = {
  name: string;
  sheetName: string;
  columns: readonly { header: string; width?: number }[];
  examples: readonly (readonly string[])[];
  notes?: { sheetName: string; lines: readonly (readonly string[])[] };
};

export async function importTemplateResponse(spec: () => Promise<TemplateSpec>): Promise<Response> {
  try {
    assertRole(await getCurrentUser(), OFFICE_ROLES);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return new Response("Not found", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
  }
  const { name, sheetName, columns, examples, notes } = await spec();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const example of examples) sheet.addRow(example.map((cell) => cell || null));
  if (notes) {
    const readMe = workbook.addWorksheet(notes.sheetName.slice(0, 31));
    readMe.columns = [{ width: 28 }, { width: 100 }];
    for (const line of notes.lines) readMe.addRow([...line]).alignment = { wrapText: true, vertical: "top" };
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(bytes as ArrayBuffer), {
    headers: {
      "Content-Type": CONTENT_TYPES.xlsx,
      "Content-Disposition": `attachment; filename="${name}.xlsx"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
