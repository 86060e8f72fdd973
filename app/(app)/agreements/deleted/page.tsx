import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeletedRecords } from "@/app/(app)/_components/deleted-records";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listDeletedAgreements } from "@/lib/data/agreement-changes";
import { RestoreButton } from "../_components/restore-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.deleted"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeletedAgreementsPage({ searchParams }: Props) {
  const { after } = await searchParams;
  const cursor = typeof after === "string" ? after.slice(0, 500) : undefined;
  const actor = await requirePageAccess("/agreements/deleted");
  const [page, t, tList] = await Promise.all([
    listDeletedAgreements(actor, cursor),
    getTranslations("agreements.deleted"),
    getTranslations("agreements"),
  ]);
  return (
    <DeletedRecords
      namespace="agreements.deleted"
      back={
        <Link href="/agreements" className="mb-3 inline-flex items-center gap-1 rounded text-sm text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600">
          <span aria-hidden="true">←</span> {t("back")}
        </Link>
      }
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
    />
  );
}
