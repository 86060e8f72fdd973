import { getLocale, getTranslations } from "next-intl/server";
import { auditRefusal } from "@/lib/actions/form-action";
import { getCurrentUser } from "@/lib/data/current-user";
import { isAppError } from "@/lib/data/errors";
import { exportPartners, type PartnerExportRow } from "@/lib/data/partners";
import { exportFormatOf, exportResponse } from "@/lib/export/response";
import type { Column } from "@/lib/export/tabular";
import { regionName } from "@/lib/i18n/regions";
import { isLocale } from "@/lib/i18n/locales";
import { parsePartnerListParams } from "@/lib/partners/list-params";
import { otherNamesOf } from "@/lib/partners/partner-input";

// /partners/export?format=xlsx|csv&<the list's own parameters>: exactly the filtered list,
// streamed, with headers and labels in the user's language.
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const actor = await getCurrentUser();
  try {
    const locale = await getLocale();
    const rows = await exportPartners(actor, parsePartnerListParams(url.searchParams), isLocale(locale) ? locale : "en");
    const t = await getTranslations("partners");
    const columns: Column<PartnerExportRow>[] = [
      { header: t("columns.name"), value: (row) => row.nameEn, width: 40 },
      { header: t("export.columns.nameNative"), value: (row) => row.nameNative, width: 30 },
      { header: t("export.columns.otherNames"), value: (row) => otherNamesOf(row.otherNames).join("; "), width: 30 },
      { header: t("export.columns.acronym"), value: (row) => row.acronym },
      { header: t("columns.kind"), value: (row) => t(`kinds.${row.kind}`) },
      { header: t("export.columns.countryCode"), value: (row) => row.country, width: 10 },
      { header: t("columns.country"), value: (row) => regionName(row.country, isLocale(locale) ? locale : "en") },
      { header: t("columns.city"), value: (row) => row.city },
      { header: t("columns.status"), value: (row) => t(`statuses.${row.status}`) },
      { header: t("columns.tags"), value: (row) => row.tags.join(", ") },
      { header: t("columns.activeAgreements"), value: (row) => row.activeAgreements },
      { header: t("export.columns.website"), value: (row) => row.website, width: 30 },
      { header: t("export.columns.rorId"), value: (row) => row.rorId },
      { header: t("export.columns.erasmusCode"), value: (row) => row.erasmusCode },
      { header: t("export.columns.createdAt"), value: (row) => row.createdAt, width: 12 },
    ];
    return exportResponse(exportFormatOf(url.searchParams), "partners", rows, columns);
  } catch (error) {
    if (!isAppError(error)) throw error;
    await auditRefusal(actor, error);
    return new Response("Not found", { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
  }
}
