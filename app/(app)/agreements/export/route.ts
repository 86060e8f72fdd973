import { getTranslations } from "next-intl/server";
import { auditRefusal } from "@/lib/actions/form-action";
import { parseAgreementListParams } from "@/lib/agreements/list-params";
import { exportAgreements, type AgreementExportRow } from "@/lib/data/agreements-export";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { exportFormatOf, exportResponse } from "@/lib/export/response";
import type { Column } from "@/lib/export/tabular";

// /agreements/export?format=xlsx|csv&<the list's own parameters>: exactly the filtered list,
// streamed, with headers and labels in the user's language.
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const actor = await getCurrentUser();
  try {
    const rows = await exportAgreements(actor, parseAgreementListParams(url.searchParams));
    const t = await getTranslations("agreements");
    const columns: Column<AgreementExportRow>[] = [
      { header: t("columns.reference"), value: (row) => row.referenceNumber, width: 20 },
      { header: t("columns.title"), value: (row) => row.title, width: 48 },
      { header: t("columns.kind"), value: (row) => t(`kinds.${row.kind}`) },
      { header: t("columns.status"), value: (row) => t(`statuses.${row.status}`) },
      { header: t("columns.partners"), value: (row) => row.partners.join("; "), width: 40 },
      { header: t("country"), value: (row) => row.countries.join("; "), width: 10 },
      { header: t("form.signedOn"), value: (row) => row.signedOn, width: 12 },
      { header: t("form.effectiveOn"), value: (row) => row.effectiveOn, width: 12 },
      { header: t("form.expiresOn"), value: (row) => row.expiresOn, width: 12 },
      { header: t("workflow.terminatesOn"), value: (row) => row.terminatesOn, width: 12 },
      { header: t("form.autoRenews"), value: (row) => t(row.autoRenews ? "form.yes" : "form.no") },
      { header: t("columns.owner"), value: (row) => row.owner, width: 32 },
      { header: t("form.ministryApprovalNumber"), value: (row) => row.ministryApprovalNumber },
    ];
    return exportResponse(exportFormatOf(url.searchParams), "agreements", rows, columns);
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    return new Response("Not found", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
  }
}
