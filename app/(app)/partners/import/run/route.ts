import { getTranslations } from "next-intl/server";
import { auditRefusal } from "@/lib/actions/form-action";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { checkPartnerImport, getPartnerImportMapping, importPartners, savePartnerImportMapping } from "@/lib/data/partner-import";
import { env } from "@/lib/env";
import { guessMapping, PARTNER_IMPORT_FIELDS, type ImportMapping, type RowProblem } from "@/lib/import/partner-import";
import { readTable, UnreadableTableError, type Table } from "@/lib/import/read-table";
import { log } from "@/lib/log";
import { requestId } from "@/lib/request-id";
import { isSameOrigin } from "@/lib/security/same-origin";

// The import page's three steps, each a POST of the file with the chosen mapping (a route,
// not a server action: spreadsheets outgrow the actions' 1 MB body limit):
//   intent=read   → the columns, a sample and a mapping (the caller's last, else a guess)
//   intent=check  → the dry run: every bad row with its number and reason
//   intent=import → one transaction; the answer streams progress lines (NDJSON)

const MAX_PROBLEMS_SHOWN = 500;

function parseMapping(text: FormDataEntryValue | null, headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(typeof text === "string" ? text : "{}") as Record<string, unknown>;
  } catch {
    // an unreadable mapping maps nothing: the required fields then say so
  }
  for (const field of PARTNER_IMPORT_FIELDS) {
    const index = raw[field];
    mapping[field] = typeof index === "number" && Number.isInteger(index) && index >= 0 && index < headers.length ? index : null;
  }
  return mapping;
}

async function describeProblems(problems: RowProblem[], headers: readonly string[], mapping: ImportMapping) {
  const t = await getTranslations("partnerImport");
  const tRecord = await getTranslations("partnerRecord");
  return problems.slice(0, MAX_PROBLEMS_SHOWN).map(({ row, field, messageKey }) => {
    const column = field === "row" ? null : mapping[field];
    const message = problemMessage(t, tRecord, field, messageKey);
    return { row, field: field === "row" ? "" : tRecord(`fields.${field}`), column: column === null || column === undefined ? "" : (headers[column] ?? ""), message };
  });
}

type ImportT = Awaited<ReturnType<typeof getTranslations<"partnerImport">>>;
type RecordT = Awaited<ReturnType<typeof getTranslations<"partnerRecord">>>;

/** The most specific message there is: this field's own, the import's, or the form's. */
function problemMessage(t: ImportT, tRecord: RecordT, field: string, messageKey: string): string {
  for (const key of [`errors.${field}.${messageKey}`, `errors.${messageKey}`]) {
    if (t.has(key as Parameters<ImportT["has"]>[0])) return t(key as Parameters<ImportT>[0]);
  }
  const key = `errors.${messageKey}` as Parameters<RecordT>[0];
  return tRecord.has(key) ? tRecord(key) : tRecord("errors.invalid");
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers)) return new Response("Cross-site request refused", { status: 403 });
  const actor = await getCurrentUser();
  const t = await getTranslations("partnerImport");
  if (actor && Number(request.headers.get("content-length") ?? 0) > env().MERIDIAN_MAX_UPLOAD_MB * 1024 * 1024 + 64 * 1024) {
    return json({ error: t("errors.tooLarge", { max: env().MERIDIAN_MAX_UPLOAD_MB }) }, 413);
  }
  try {
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return json({ error: t("errors.noFile") }, 400);
    let table: Table;
    try {
      table = await readTable(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      if (error instanceof UnreadableTableError) return json({ error: t("errors.unreadable") }, 400);
      throw error;
    }
    const intent = form.get("intent");
    if (intent === "read") {
      const remembered = await getPartnerImportMapping(actor, table.headers);
      if (table.headers.length === 0) return json({ error: t("errors.empty") }, 400);
      return json({ headers: table.headers, sample: table.rows.slice(0, 3), rowCount: table.rows.length, mapping: remembered ?? guessMapping(table.headers), remembered: Boolean(remembered) });
    }
    const mapping = parseMapping(form.get("mapping"), table.headers);
    if (intent === "check") {
      const { rows, problems } = await checkPartnerImport(actor, table, mapping);
      await savePartnerImportMapping(actor, table.headers, mapping);
      return json({ valid: rows.length, problemCount: problems.length, problems: await describeProblems(problems, table.headers, mapping) });
    }
    // intent=import: progress as it happens, then the outcome, one JSON object per line.
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        try {
          const outcome = await importPartners(actor, table, mapping, (done, total) => line({ done, total }));
          line("created" in outcome ? outcome : { problemCount: outcome.problems.length, problems: await describeProblems(outcome.problems, table.headers, mapping) });
        } catch (error) {
          const reference = (await requestId()) ?? "-";
          log.error({ err: error, requestId: reference }, "partner import failed");
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
}
