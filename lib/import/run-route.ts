import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { auditRefusal } from "@/lib/actions/form-action";
import { assertRole, OFFICE_ROLES } from "@/lib/data/access";
import { getCurrentUser, type Actor } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { getImportMapping, saveImportMapping, type ImportKind } from "@/lib/data/import-mappings";
import { env } from "@/lib/env";
import type { Messages } from "@/lib/i18n/catalogues";
import { isLocale } from "@/lib/i18n/locales";
import { regionName } from "@/lib/i18n/regions";
import { log } from "@/lib/log";
import { requestId } from "@/lib/request-id";
import { isSameOrigin } from "@/lib/security/same-origin";
import { ignoredRows, parseMapping, withNewFieldsGuessed, type ImportMapping, type RowProblem } from "./mapping";
import { describeProblems, problemsAnswerOf, type ProblemSection, type Translator } from "./problem-report";
import { readTable, UnreadableTableError, type Table } from "./read-table";

// The server side of every import page (/<kind>/import/run): three steps, each a POST of the
// file with the chosen mapping (a route, not a server action: spreadsheets outgrow the
// actions' 1 MB body limit):
//   intent=read   → the columns, a sample and a mapping (the caller's last, else a guess)
//   intent=check  → the dry run: every bad row with its number and reason (the page lists the
//                   first of them; the answer carries the complete report as CSV to save)
//   intent=import → one transaction; the answer streams progress lines (NDJSON)
// What differs between partners and agreements is the `Importer` each route passes in.

export type Importer = {
  kind: ImportKind;
  fields: readonly string[];
  guessMapping: (headers: readonly string[]) => ImportMapping;
  /** New field → the field its column went to in mappings saved before it existed (`withNewFieldsGuessed`). */
  takesOver?: Record<string, string>;
  /** The dry run: rows to create, bad rows' problems, and the rows left out (with a reason, as a problem has). */
  check: (actor: Actor | null, table: Table, mapping: ImportMapping) => Promise<{ rows: unknown[]; problems: RowProblem[]; skipped: RowProblem[] }>;
  run: (
    actor: Actor | null,
    table: Table,
    mapping: ImportMapping,
    source: { fileName: string },
    onProgress: (done: number, total: number) => void,
  ) => Promise<{ created: number; skipped: number } | { problems: RowProblem[] }>;
  messages: {
    /** The import's own namespace: its `errors.<field>.<key>` and `errors.<key>` come first. */
    own: keyof Messages;
    /** The record form's namespace: its `errors.<key>` are the fallback. */
    form: keyof Messages;
    /** Where the fields' labels are. */
    labels: string;
  };
};

async function translator(namespace: string): Promise<Translator> {
  return (await getTranslations(namespace as "dataImport")) as unknown as Translator;
}

/**
 * The bad rows' problems (`errors`), or the rows left out and why (`skipped`: records Meridian
 * has, repeats of an earlier row), in the user's language: how many rows and reasons, the first
 * of them for the page, and all of them as the report to download.
 */
async function problemsAnswer(importer: Importer, problems: readonly RowProblem[], table: Table, mapping: ImportMapping, section: ProblemSection = "errors") {
  const [own, form, labels, t, locale] = await Promise.all([
    translator(importer.messages.own),
    translator(importer.messages.form),
    translator(importer.messages.labels),
    getTranslations("dataImport.check.columns"),
    getLocale(),
  ]);
  const region = (code: string) => regionName(code, isLocale(locale) ? locale : "en");
  const described = describeProblems(problems, table, mapping, { own, form, labels, region }, section);
  const message = section === "skipped" ? t("reason") : t("problem");
  return problemsAnswerOf(described, { row: t("row"), field: t("field"), column: t("column"), value: t("value"), message });
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** The POST handler of `/<kind>/import/run`. */
export function importRunRoute(importer: Importer): (request: Request) => Promise<Response> {
  return async function POST(request: Request): Promise<Response> {
    if (!isSameOrigin(request.headers)) return new Response("Cross-site request refused", { status: 403 });
    const actor = await getCurrentUser();
    const t = await getTranslations("dataImport");
    if (actor && Number(request.headers.get("content-length") ?? 0) > env().MERIDIAN_MAX_UPLOAD_MB * 1024 * 1024 + 64 * 1024) {
      return json({ error: t("errors.tooLarge", { max: env().MERIDIAN_MAX_UPLOAD_MB }) }, 413);
    }
    try {
      // Refused before the body is read; the data functions check again whoever calls them.
      assertRole(actor, OFFICE_ROLES);
      const form = await request.formData();
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return json({ error: t("errors.noFile") }, 400);
      let table: Table;
      // A workbook with records on several sheets is read one sheet at a time, the one chosen.
      const chosen = form.get("sheet");
      const sheet = typeof chosen === "string" && chosen ? chosen : undefined;
      try {
        // The column names are looked for where this import's fields are named best.
        const fieldsNamed = (headers: readonly string[]) => Object.values(importer.guessMapping(headers)).filter((column) => column != null).length;
        table = await readTable(new Uint8Array(await file.arrayBuffer()), fieldsNamed, sheet);
      } catch (error) {
        if (error instanceof UnreadableTableError) return json({ error: t("errors.unreadable") }, 400);
        throw error;
      }
      const intent = form.get("intent");
      // The columns were matched on that sheet: another one would take the mapping to other data.
      if (sheet !== undefined && table.sheet !== sheet && intent !== "read") return json({ error: t("errors.sheetGone", { sheet }) }, 400);
      if (intent === "read") {
        const remembered = await getImportMapping(actor, importer.kind, table.headers);
        if (table.headers.length === 0) return json({ error: t("errors.empty") }, 400);
        return json({
          headers: table.headers,
          headerRow: table.headerRow ?? 1,
          headerRows: table.headerRows ?? 1,
          sheet: table.sheet ?? null,
          sheets: table.sheets ?? [],
          sample: table.rows.slice(0, 3),
          rowCount: table.rows.length,
          mapping: remembered ? withNewFieldsGuessed(remembered, importer.guessMapping(table.headers), importer.takesOver) : importer.guessMapping(table.headers),
          remembered: Boolean(remembered),
        });
      }
      const mapping = parseMapping(form.get("mapping"), importer.fields, table.headers);
      if (intent === "check") {
        const { rows, problems, skipped } = await importer.check(actor, table, mapping);
        await saveImportMapping(actor, importer.kind, table.headers, mapping);
        return json({
          valid: rows.length,
          ...(await problemsAnswer(importer, problems, table, mapping)),
          skipped: await problemsAnswer(importer, skipped, table, mapping, "skipped"),
          ignored: ignoredRows(table, importer.fields, mapping),
        });
      }
      // intent=import: progress as it happens, then the outcome, one JSON object per line.
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
          try {
            const outcome = await importer.run(actor, table, mapping, { fileName: file.name.slice(0, 255) }, (done, total) => line({ done, total }));
            line("created" in outcome ? outcome : await problemsAnswer(importer, outcome.problems, table, mapping));
          } catch (error) {
            const reference = (await requestId()) ?? "-";
            log.error({ err: error, requestId: reference }, `${importer.kind} import failed`);
            line({ error: t("errors.unexpected", { reference }) });
          }
          controller.close();
        },
      });
      return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
    } catch (error) {
      if (!isAppError(error)) throw error;
      await auditRefusal(actor, error);
      return new Response("Not found", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    }
  };
}
