import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert } from "@/components/alert";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/table";
import { isUuid } from "@/lib/ids";
import { PageHeader } from "./page-header";

// The admin's "Deleted" page of a kind of record (partners, agreements): one frame, so every
// kind lists its deleted records and offers to restore them the same way. Each kind brings
// the same message keys under its own namespace, its first two columns and its restore button.

/**
 * The record a `?deleted=` or `?restored=` parameter names (where a delete or a restore
 * brings the admin), as an id worth looking up; anything else is ignored.
 */
export function noticeIds(params: Record<string, string | string[] | undefined>): { deleted: string | null; restored: string | null } {
  const id = (value: string | string[] | undefined) => (typeof value === "string" && isUuid(value) ? value : null);
  return { deleted: id(params.deleted), restored: id(params.restored) };
}

type DeletedRecordColumn<Row> = { header: string; cell: (row: Row) => ReactNode };

type DeletedRecordsProps<Row extends { id: string; deletedAt: Date }> = {
  namespace: "agreements.deleted" | "partnerRecord.deleted";
  back: ReactNode;
  rows: Row[];
  /** The column that names the record (the row's header for screen readers). */
  record: DeletedRecordColumn<Row> & { className?: string };
  /** A second column, hidden on narrow screens. */
  detail: DeletedRecordColumn<Row>;
  restore: (row: Row) => ReactNode;
  /** How many there are, and the links to the next (older) page and back to the first. */
  pages: { total: number; nextHref: string | null; firstHref: string | null };
  /** What the admin just did here, if anything: the name of the record just deleted, or of the one just restored and its page. */
  notice?: { deleted?: string; restored?: { name: string; href: string } };
};

export async function DeletedRecords<Row extends { id: string; deletedAt: Date }>({
  namespace, back, rows, record, detail, restore, pages, notice,
}: DeletedRecordsProps<Row>) {
  const [t, format] = await Promise.all([getTranslations(namespace), getFormatter()]);
  return (
    <>
      {back}
      <PageHeader title={t("title")} description={t("description")} />
      {notice?.restored ? (
        <div role="status" className="mb-4">
          <Alert tone="success" action={<Link href={notice.restored.href} className="font-medium underline">{t("open")}</Link>}>
            {t("restored", { name: notice.restored.name })}
          </Alert>
        </div>
      ) : notice?.deleted ? (
        <div role="status" className="mb-4">
          <Alert tone="success">{t("justDeleted", { name: notice.deleted })}</Alert>
        </div>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyText")} />
      ) : (
        <>
          <Table caption={t("caption")}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{record.header}</TableHeaderCell>
                <TableHeaderCell hiddenBelow="md">{detail.header}</TableHeaderCell>
                <TableHeaderCell hiddenBelow="md">{t("deletedAt")}</TableHeaderCell>
                <TableHeaderCell align="end">
                  <span className="sr-only">{t("restore")}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell isRowHeader className={record.className}>
                    {record.cell(row)}
                  </TableCell>
                  <TableCell hiddenBelow="md">{detail.cell(row)}</TableCell>
                  <TableCell hiddenBelow="md" className="whitespace-nowrap tabular-nums">
                    {format.dateTime(row.deletedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </TableCell>
                  <TableCell align="end">{restore(row)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination
            className="mt-4"
            label={t("caption")}
            summary={t("count", { count: pages.total })}
            previousHref={pages.firstHref}
            nextHref={pages.nextHref}
            previousLabel={t("newest")}
            nextLabel={t("more")}
          />
        </>
      )}
    </>
  );
}
