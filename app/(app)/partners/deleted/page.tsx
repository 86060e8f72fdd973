import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/table";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listDeletedPartners } from "@/lib/data/partner-records";
import type { Locale } from "@/lib/i18n/locales";
import { regionName } from "@/lib/i18n/regions";
import { BackLink } from "../_components/back-link";
import { RestorePartner } from "../_components/record-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerRecord.deleted"))("title") };
}

export default async function DeletedPartnersPage() {
  const actor = await requirePageAccess("/partners/deleted");
  const [{ rows, total }, t, tBack, format, locale] = await Promise.all([
    listDeletedPartners(actor),
    getTranslations("partnerRecord.deleted"),
    getTranslations("partnerRecord"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <>
      <BackLink href="/partners" label={tBack("back")} />
      <PageHeader title={t("title")} description={t("description")} />
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyText")} />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">
            {t("count", { count: total })}
            {total > rows.length ? ` · ${t("shown", { shown: rows.length })}` : null}
          </p>
          <Table caption={t("caption")}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("name")}</TableHeaderCell>
                <TableHeaderCell isHiddenOnMobile>{t("country")}</TableHeaderCell>
                <TableHeaderCell isHiddenOnMobile>{t("deletedAt")}</TableHeaderCell>
                <TableHeaderCell align="end">
                  <span className="sr-only">{t("restore")}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((partner) => (
                <TableRow key={partner.id}>
                  <TableCell isRowHeader>
                    <span className="block font-medium text-slate-900">{partner.nameEn}</span>
                    {partner.nameNative ? <span className="block text-xs text-slate-500">{partner.nameNative}</span> : null}
                  </TableCell>
                  <TableCell isHiddenOnMobile>{regionName(partner.country, locale as Locale)}</TableCell>
                  <TableCell isHiddenOnMobile>{format.dateTime(partner.deletedAt, { dateStyle: "medium", timeStyle: "short" })}</TableCell>
                  <TableCell align="end">
                    <RestorePartner id={partner.id} name={partner.nameEn} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
}
