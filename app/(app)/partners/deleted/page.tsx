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

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeletedPartnersPage({ searchParams }: Props) {
  const { after } = await searchParams;
  const cursor = typeof after === "string" ? after.slice(0, 500) : undefined;
  const actor = await requirePageAccess("/partners/deleted");
  const [{ rows, total, nextCursor }, t, tBack, locale] = await Promise.all([
    listDeletedPartners(actor, cursor),
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
      pages={{ total, nextHref: nextCursor ? `/partners/deleted?after=${nextCursor}` : null, firstHref: cursor ? "/partners/deleted" : null }}
    />
  );
}
