import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { Table, TableBody, TableHead, TableHeaderCell, TableRow } from "@/components/table";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listPartnerFacets, listPartners } from "@/lib/data/partners";
import { regionName } from "@/lib/i18n/regions";
import { isCanonicalQuery, parsePartnerListParams, partnerListQuery, withoutCursor } from "@/lib/partners/list-params";
import { otherNamesOf } from "@/lib/partners/partner-input";
import { ExportLinks } from "../_components/export-links";
import { PageHeader } from "../_components/page-header";
import { statusTone } from "./_components/partner-options";
import { PartnerRows } from "./_components/partner-rows";
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
  const locale = await getLocale();
  const [page, facets, t, tPage, tRecord, tImport, format] = await Promise.all([
    listPartners(actor, params, locale),
    listPartnerFacets(actor),
    getTranslations("partners"),
    getTranslations("pages.partners"),
    getTranslations("partnerRecord"),
    getTranslations("partnerImport"),
    getFormatter(),
  ]);
  const filters = withoutCursor(params);
  const count = t("count", { count: page.total });
  const isFiltered = partnerListQuery({ ...filters, sort: "name" }) !== "";
  const href = (extra: Partial<typeof params>) => `/partners${partnerListQuery({ ...filters, ...extra })}`;

  return (
    <>
      <PageHeader
        title={tPage("title")}
        description={count}
        primary={<LinkButton href="/partners/new">{tRecord("newPartner")}</LinkButton>}
        actions={
          <>
            {actor.role === "ADMIN" ? (
              <LinkButton href="/partners/deleted" variant="secondary">
                {tRecord("deletedPartners")}
              </LinkButton>
            ) : null}
            <LinkButton href="/partners/import" variant="secondary">
              {tImport("title")}
            </LinkButton>
            <ExportLinks path="/partners/export" listQuery={partnerListQuery(filters)} label={t("export.label")} xlsx={t("export.xlsx")} csv={t("export.csv")} />
          </>
        }
      />
      {/* Keyed on the list's query: a link that changes it without a page load (a sort, "Clear")
          must reset the form's uncontrolled fields to the new view. */}
      <PartnerFilters key={partnerListQuery(filters)} params={filters} facets={facets} locale={locale} />
      {page.rows.length === 0 ? (
        <EmptyState
          title={isFiltered ? t("emptyTitle") : t("noneTitle")}
          description={isFiltered ? t("emptyText") : t("noneStart")}
          action={
            isFiltered ? (
              <LinkButton href="/partners" variant="secondary">
                {t("clear")}
              </LinkButton>
            ) : (
              <>
                <LinkButton href="/partners/new">{tRecord("newPartner")}</LinkButton>
                <LinkButton href="/partners/import" variant="secondary">
                  {t("noneImport")}
                </LinkButton>
              </>
            )
          }
        />
      ) : (
        <>
          {/* No maxHeight: the rows scroll with the page, as a list of fifty should; a frame of its own
              showed seven rows on a laptop and three on a phone. */}
          <Table caption={t("caption")}>
            <TableHead>
              <TableRow>
                <TableHeaderCell sort={{ href: href({ sort: "name" }), direction: params.sort === "name" ? "ascending" : undefined }}>
                  {t("columns.name")}
                </TableHeaderCell>
                <TableHeaderCell hiddenBelow="md" sort={{ href: href({ sort: "country" }), direction: params.sort === "country" ? "ascending" : undefined }}>
                  {t("columns.country")}
                </TableHeaderCell>
                <TableHeaderCell hiddenBelow="xl">{t("columns.city")}</TableHeaderCell>
                <TableHeaderCell hiddenBelow="xl">{t("columns.kind")}</TableHeaderCell>
                <TableHeaderCell>{t("columns.status")}</TableHeaderCell>
                <TableHeaderCell align="end" hiddenBelow="md">{t("columns.activeAgreements")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              <PartnerRows
                rows={page.rows.map((partner) => ({
                  id: partner.id,
                  nameEn: partner.nameEn,
                  acronym: partner.acronym,
                  otherNames: [partner.nameNative, ...otherNamesOf(partner.otherNames)].filter(Boolean).join(" · ") || null,
                  tags: partner.tags,
                  country: regionName(partner.country, locale),
                  city: partner.city,
                  kind: t(`kinds.${partner.kind}`),
                  status: t(`statuses.${partner.status}`),
                  statusTone: statusTone[partner.status],
                  activeAgreements: format.number(partner.activeAgreements),
                }))}
              />
            </TableBody>
          </Table>
          <Pagination
            className="mt-4"
            label={t("pagination")}
            previousHref={page.previousCursor ? href({ before: page.previousCursor }) : null}
            nextHref={page.nextCursor ? href({ after: page.nextCursor }) : null}
            previousLabel={t("previous")}
            nextLabel={t("next")}
            summary={count}
          />
        </>
      )}
    </>
  );
}
