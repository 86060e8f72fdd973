import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/app/(app)/_components/back-link";
import { DeletedRecords, noticeIds } from "@/app/(app)/_components/deleted-records";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { unlessNotFound } from "@/lib/data/errors";
import { getPartner, listDeletedPartners } from "@/lib/data/partner-records";
import type { Locale } from "@/lib/i18n/locales";
import { regionName } from "@/lib/i18n/regions";
import { RestorePartner } from "../_components/record-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerRecord.deleted"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeletedPartnersPage({ searchParams }: Props) {
  const query = await searchParams;
  const cursor = typeof query.after === "string" ? query.after.slice(0, 500) : undefined;
  const ids = noticeIds(query);
  const actor = await requirePageAccess("/partners/deleted");
  const [{ rows, total, nextCursor }, t, tBack, locale, restored] = await Promise.all([
    listDeletedPartners(actor, cursor),
    getTranslations("partnerRecord.deleted"),
    getTranslations("partnerRecord"),
    getLocale(),
    ids.restored ? unlessNotFound(getPartner(actor, ids.restored)) : null,
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
      notice={{
        deleted: rows.find((row) => row.id === ids.deleted)?.nameEn,
        restored: restored ? { name: restored.nameEn, href: `/partners/${restored.id}` } : undefined,
      }}
    />
  );
}
