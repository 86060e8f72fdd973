import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/app/(app)/_components/back-link";
import { DeletedRecords, noticeIds } from "@/app/(app)/_components/deleted-records";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listDeletedAgreements } from "@/lib/data/agreement-changes";
import { getAgreement } from "@/lib/data/agreements";
import { unlessNotFound } from "@/lib/data/errors";
import { RestoreButton } from "../_components/restore-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.deleted"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeletedAgreementsPage({ searchParams }: Props) {
  const query = await searchParams;
  const cursor = typeof query.after === "string" ? query.after.slice(0, 500) : undefined;
  const ids = noticeIds(query);
  const actor = await requirePageAccess("/agreements/deleted");
  const [page, t, tList, restored] = await Promise.all([
    listDeletedAgreements(actor, cursor),
    getTranslations("agreements.deleted"),
    getTranslations("agreements"),
    ids.restored ? unlessNotFound(getAgreement(actor, ids.restored)) : null,
  ]);
  return (
    <DeletedRecords
      namespace="agreements.deleted"
      back={<BackLink href="/agreements" label={t("back")} />}
      rows={page.rows}
      record={{
        header: tList("columns.reference"),
        className: "max-w-0 w-full md:w-auto md:max-w-sm",
        cell: (row) => (
          <>
            <span className="block font-mono text-sm text-slate-900 [overflow-wrap:anywhere]">{row.referenceNumber}</span>
            <span className="block text-sm text-slate-700 [overflow-wrap:anywhere]">{row.title}</span>
          </>
        ),
      }}
      detail={{ header: tList("columns.partners"), cell: (row) => row.partners.join(", ") }}
      restore={(row) => <RestoreButton id={row.id} reference={row.referenceNumber} />}
      pages={{ total: page.total, nextHref: page.nextCursor ? `/agreements/deleted?after=${page.nextCursor}` : null, firstHref: cursor ? "/agreements/deleted" : null }}
      notice={{
        deleted: page.rows.find((row) => row.id === ids.deleted)?.referenceNumber,
        restored: restored ? { name: restored.referenceNumber, href: `/agreements/${restored.id}` } : undefined,
      }}
    />
  );
}
