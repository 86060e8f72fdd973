import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DeletedRecords } from "@/app/(app)/_components/deleted-records";
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
  const [{ rows, total }, t, tBack, locale] = await Promise.all([
    listDeletedPartners(actor),
    getTranslations("partnerRecord.deleted"),
    getTranslations("partnerRecord"),
    getLocale(),
  ]);
  return (
    <DeletedRecords
      namespace="partnerRecord.deleted"
      back={<BackLink href="/partners" label={tBack("back")} />}
      rows={rows}
      record={{
        header: t("name"),
        cell: (partner) => (
          <>
            <span className="block font-medium text-slate-900">{partner.nameEn}</span>
            {partner.nameNative ? <span className="block text-xs text-slate-500">{partner.nameNative}</span> : null}
          </>
        ),
      }}
      detail={{ header: t("country"), cell: (partner) => regionName(partner.country, locale as Locale) }}
      restore={(partner) => <RestorePartner id={partner.id} name={partner.nameEn} />}
      summary={
        <p className="mb-3 text-sm text-slate-600">
          {t("count", { count: total })}
          {total > rows.length ? ` · ${t("shown", { shown: rows.length })}` : null}
        </p>
      }
    />
  );
}
