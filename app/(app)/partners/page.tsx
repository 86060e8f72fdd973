import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { LinkButton } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/table";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listPartnerFacets, listPartners } from "@/lib/data/partners";
import { regionName } from "@/lib/i18n/regions";
import { isCanonicalQuery, parsePartnerListParams, partnerListQuery, withoutCursor } from "@/lib/partners/list-params";
import { ExportLinks } from "../_components/export-links";
import { PageHeader } from "../_components/page-header";
import { statusTone } from "./_components/partner-options";
import { PartnerFilters } from "./partner-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.partners"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PartnersPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = parsePartnerListParams(raw);
  if (!isCanonicalQuery(raw, params)) redirect(`/partners${partnerListQuery(params)}`);
  const actor = await requirePageAccess("/partners", `/partners${partnerListQuery(params)}`);
  const [page, facets, t, tPage, tRecord, tImport, format, locale] = await Promise.all([
    listPartners(actor, params),
    listPartnerFacets(actor),
    getTranslations("partners"),
    getTranslations("pages.partners"),
    getTranslations("partnerRecord"),
    getTranslations("partnerImport"),
    getFormatter(),
    getLocale(),
  ]);
  const filters = withoutCursor(params);
  const isFiltered = partnerListQuery({ ...filters, sort: "name" }) !== "";
  const href = (extra: Partial<typeof params>) => `/partners${partnerListQuery({ ...filters, ...extra })}`;

  return (
    <>
      <PageHeader
        title={tPage("title")}
        description={t("count", { count: page.total })}
        actions={
          <>
            {actor.role === "ADMIN" ? (
              <LinkButton href="/partners/deleted" variant="ghost">
                {tRecord("deletedPartners")}
              </LinkButton>
            ) : null}
            <LinkButton href="/partners/import" variant="ghost">
              {tImport("title")}
            </LinkButton>
            <ExportLinks path="/partners/export" listQuery={partnerListQuery(filters)} label={t("export.label")} xlsx={t("export.xlsx")} csv={t("export.csv")} />
            <LinkButton href="/partners/new">{tRecord("newPartner")}</LinkButton>
          </>
        }
      />
      <PartnerFilters params={filters} facets={facets} locale={locale} />
      {page.rows.length === 0 ? (
        <EmptyState
          title={isFiltered ? t("emptyTitle") : t("noneTitle")}
          description={isFiltered ? t("emptyText") : t("noneText")}
          action={isFiltered ? <LinkButton href="/partners" variant="secondary">{t("clear")}</LinkButton> : undefined}
        />
      ) : (
        <>
          <Table caption={t("caption")} maxHeight="calc(100dvh - 18rem)">
            <TableHead>
              <TableRow>
                <TableHeaderCell sort={{ href: href({ sort: "name" }), direction: params.sort === "name" ? "ascending" : undefined }}>
                  {t("columns.name")}
                </TableHeaderCell>
                <TableHeaderCell sort={{ href: href({ sort: "country" }), direction: params.sort === "country" ? "ascending" : undefined }}>
                  {t("columns.country")}
                </TableHeaderCell>
                <TableHeaderCell isHiddenOnMobile>{t("columns.city")}</TableHeaderCell>
                <TableHeaderCell isHiddenOnMobile>{t("columns.kind")}</TableHeaderCell>
                <TableHeaderCell>{t("columns.status")}</TableHeaderCell>
                <TableHeaderCell align="end" isHiddenOnMobile>{t("columns.activeAgreements")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {page.rows.map((partner) => (
                <TableRow key={partner.id}>
                  <TableCell isRowHeader>
                    <span className="block font-medium text-slate-900">
                      <Link href={`/partners/${partner.id}`} className="rounded text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                        {partner.nameEn}
                      </Link>
                      {partner.acronym ? <span className="ms-1.5 font-normal text-slate-500">{partner.acronym}</span> : null}
                    </span>
                    {partner.nameNative ? <span className="block text-xs text-slate-500">{partner.nameNative}</span> : null}
                    {partner.tags.length ? (
                      <span className="mt-1 flex flex-wrap gap-1">
                        {partner.tags.map((tag) => (
                          <Badge key={tag}>{tag}</Badge>
                        ))}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell>{regionName(partner.country, locale)}</TableCell>
                  <TableCell isHiddenOnMobile>{partner.city}</TableCell>
                  <TableCell isHiddenOnMobile>{t(`kinds.${partner.kind}`)}</TableCell>
                  <TableCell>
                    <Badge tone={statusTone[partner.status]} hasDot>
                      {t(`statuses.${partner.status}`)}
                    </Badge>
                  </TableCell>
                  <TableCell isNumeric isHiddenOnMobile>{format.number(partner.activeAgreements)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination
            className="mt-4"
            label={t("pagination")}
            previousHref={page.previousCursor ? href({ before: page.previousCursor }) : null}
            nextHref={page.nextCursor ? href({ after: page.nextCursor }) : null}
            previousLabel={t("previous")}
            nextLabel={t("next")}
            summary={t("count", { count: page.total })}
          />
        </>
      )}
    </>
  );
}
