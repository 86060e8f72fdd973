import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/(app)/_components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/table";
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
  const [page, t, tList, format] = await Promise.all([
    listDeletedAgreements(actor, cursor),
    getTranslations("agreements.deleted"),
    getTranslations("agreements"),
    getFormatter(),
  ]);
  return (
    <>
      <Link href="/agreements" className="mb-3 inline-flex items-center gap-1 rounded text-sm text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600">
        <span aria-hidden="true">←</span> {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      {page.rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyText")} />
      ) : (
        <>
          <Table caption={t("caption")}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{tList("columns.reference")}</TableHeaderCell>
                <TableHeaderCell isHiddenOnMobile>{tList("columns.partners")}</TableHeaderCell>
                <TableHeaderCell isHiddenOnMobile>{t("deletedAt")}</TableHeaderCell>
                <TableHeaderCell align="end">
                  <span className="sr-only">{t("restore")}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell isRowHeader className="max-w-0 w-full md:w-auto md:max-w-sm">
                    <span className="block font-mono text-sm text-slate-900 [overflow-wrap:anywhere]">{row.referenceNumber}</span>
                    <span className="block text-sm text-slate-700 [overflow-wrap:anywhere]">{row.title}</span>
                  </TableCell>
                  <TableCell isHiddenOnMobile>{row.partners.join(", ")}</TableCell>
                  <TableCell isHiddenOnMobile className="whitespace-nowrap tabular-nums">
                    {format.dateTime(row.deletedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </TableCell>
                  <TableCell align="end">
                    <RestoreButton id={row.id} reference={row.referenceNumber} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination
            className="mt-4"
            label={t("caption")}
            nextHref={page.nextCursor ? `/agreements/deleted?after=${page.nextCursor}` : null}
            previousHref={cursor ? "/agreements/deleted" : null}
            previousLabel={tList("previous")}
            nextLabel={t("more")}
            summary={tList("count", { count: page.total })}
          />
        </>
      )}
    </>
  );
}
