import clsx from "clsx";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Button, LinkButton } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { Table, TableBody, TableHead } from "@/components/table";
import { FilterForm } from "./filter-form";
import { hasFilters } from "./list-query";
import { ListPagination } from "./list-pagination";

type AdminListProps = {
  /** Where the list's messages are: filters.label/apply/clear, empty.*, table.caption, pagination.*. */
  namespace: "adminUsers" | "auditLog";
  path: string;
  query: Record<string, string | undefined>;
  page: { rows: readonly unknown[]; previousCursor?: string | null; nextCursor?: string | null };
  /** The filter bar's grid. */
  filtersClassName: string;
  /** Where Apply (and Clear) sit in that grid. */
  buttonsClassName?: string;
  filters: ReactNode;
  /** Between the filters and the table, e.g. the count. */
  notice?: ReactNode;
  tableMaxHeight: string;
  /** The header row's cells. */
  columns: ReactNode;
  /** The table's rows. */
  children: ReactNode;
};

/**
 * An admin list below its page header: the filter bar (the list's fields, Apply, and Clear
 * while filters are set), the table or an empty state that offers to clear the filters,
 * and the pages.
 */
export async function AdminList({
  namespace, path, query, page, filtersClassName, buttonsClassName, filters, notice, tableMaxHeight, columns, children,
}: AdminListProps) {
  const t = await getTranslations(namespace);
  const isFiltered = hasFilters(query);
  const clearLink = (
    <LinkButton href={path} variant="secondary">
      {t("filters.clear")}
    </LinkButton>
  );
  return (
    <>
      <FilterForm label={t("filters.label")} className={filtersClassName}>
        {filters}
        <div className={clsx("flex gap-2", buttonsClassName)}>
          <Button type="submit" className="flex-1 lg:flex-none">
            {t("filters.apply")}
          </Button>
          {isFiltered ? clearLink : null}
        </div>
      </FilterForm>

      {notice}

      {page.rows.length === 0 ? (
        <EmptyState title={t("empty.title")} description={t("empty.description")} action={isFiltered ? clearLink : undefined} />
      ) : (
        <Table caption={t("table.caption")} maxHeight={tableMaxHeight} className="max-md:max-h-none!">
          <TableHead>
            <tr>{columns}</tr>
          </TableHead>
          <TableBody>{children}</TableBody>
        </Table>
      )}

      <ListPagination path={path} query={query} page={page} labels={{ label: t("pagination.label"), previous: t("pagination.previous"), next: t("pagination.next") }} />
    </>
  );
}
