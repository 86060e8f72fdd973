import clsx from "clsx";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { Table, TableBody, TableHead, TableHeaderCell, TableRow } from "@/components/table";
import {
  agreementFilters, agreementListQuery, isCanonicalAgreementQuery, parseAgreementListParams, QUICK_VIEWS, quickViewOf, type QuickView,
} from "@/lib/agreements/list-params";
import { SIGNED_STATUSES } from "@/lib/agreements/status";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { countAgreementQuickViews, listAgreementChoices, listAgreements } from "@/lib/data/agreements";
import { ExportLinks } from "../_components/export-links";
import { PageHeader } from "../_components/page-header";
import { AgreementFilters } from "./_components/agreement-filters";
import { AgreementRows } from "./_components/agreement-rows";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgreementsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = parseAgreementListParams(raw);
  if (!isCanonicalAgreementQuery(raw, params)) redirect(`/agreements${agreementListQuery(params)}`);
  const actor = await requirePageAccess("/agreements", `/agreements${agreementListQuery(params)}`);
  const [page, views, choices, t, format, locale] = await Promise.all([
    listAgreements(actor, params),
    countAgreementQuickViews(actor),
    listAgreementChoices(actor, params.partner),
    getTranslations("agreements"),
    getFormatter(),
    getLocale(),
  ]);
  const filters = agreementFilters(params);
  const isFiltered = agreementListQuery({ ...filters, sort: "newest" }) !== "";
  const href = (extra: Partial<typeof params>) => `/agreements${agreementListQuery({ ...filters, ...extra })}`;
  const view = quickViewOf(params);
  const count = t("count", { count: page.total });
  // One formatter for the page's fifty dates: next-intl's format.dateTime looks one up per call,
  // a measurable share of rendering the list (bench/).
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const date = (value: Date) => dateFormat.format(value);
  const tabs: { key: "all" | QuickView; href: string; count?: number }[] = [
    { key: "all", href: "/agreements" },
    { key: "expiring", href: `/agreements${agreementListQuery({ ...QUICK_VIEWS.expiring, sort: "expires" })}`, count: views.expiring },
    { key: "awaiting", href: `/agreements${agreementListQuery(QUICK_VIEWS.awaiting)}`, count: views.awaiting },
  ];
  const current = view ?? (isFiltered ? undefined : "all");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        primary={<LinkButton href="/agreements/new">{t("new")}</LinkButton>}
        actions={
          <>
            {actor.role === "ADMIN" ? (
              <LinkButton href="/agreements/deleted" variant="secondary">
                {t("deletedLink")}
              </LinkButton>
            ) : null}
            <LinkButton href="/agreements/import" variant="secondary">
              {t("importLink")}
            </LinkButton>
            <ExportLinks path="/agreements/export" listQuery={agreementListQuery(filters)} label={t("export.label")} xlsx={t("export.xlsx")} csv={t("export.csv")} />
          </>
        }
      />
      {/* On a phone the three views share the width, their names wrapping, rather than the last
          one running off the edge behind a sideways scroll. */}
      <nav aria-label={t("views.label")} className="mb-4 grid grid-cols-3 border-b border-slate-200 sm:flex sm:gap-1">
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={tab.href}
            aria-current={current === tab.key ? "page" : undefined}
            className={clsx(
              "-mb-px inline-flex min-h-10 flex-wrap items-center justify-center gap-x-2 gap-y-1 border-b-2 px-2 py-1.5 text-center text-sm font-medium outline-none focus-visible:outline-2 focus-visible:outline-brand-600 sm:shrink-0 sm:flex-nowrap sm:px-3 sm:py-0 sm:whitespace-nowrap",
              current === tab.key ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {t(`views.${tab.key}`)}
            {tab.count !== undefined ? <span className="rounded-full bg-slate-100 px-2 text-xs text-slate-700 tabular-nums">{format.number(tab.count)}</span> : null}
          </Link>
        ))}
      </nav>
      {/* Keyed on the list's query: a link that changes it without a page load (a quick view, a
          sort) must reset the form's uncontrolled fields to the new view. */}
      <AgreementFilters key={agreementListQuery(filters)} params={filters} choices={choices} locale={locale} />
      <p className="mb-2 text-sm text-slate-600 tabular-nums" aria-live="polite">
        {count}
      </p>
      {page.rows.length === 0 ? (
        <EmptyState
          title={isFiltered ? t("emptyTitle") : t("noneTitle")}
          description={view === "expiring" ? t("emptyExpiring") : view === "awaiting" ? t("emptyAwaiting") : isFiltered ? t("emptyText") : t("noneText")}
          action={
            isFiltered ? (
              <LinkButton href="/agreements" variant="secondary">
                {t("clear")}
              </LinkButton>
            ) : (
              <LinkButton href="/agreements/new">{t("new")}</LinkButton>
            )
          }
        />
      ) : (
        <>
          <Table caption={t("caption")} maxHeight="max(24rem, calc(100dvh - 22rem))" className="max-md:max-h-none!">
            <TableHead>
              <TableRow>
                <TableHeaderCell sort={{ href: href({ sort: "reference" }), direction: params.sort === "reference" ? "ascending" : undefined }}>
                  {t("columns.reference")}
                </TableHeaderCell>
                <TableHeaderCell hiddenBelow="md">{t("columns.partners")}</TableHeaderCell>
                <TableHeaderCell hiddenBelow="xl">{t("columns.kind")}</TableHeaderCell>
                <TableHeaderCell>{t("columns.status")}</TableHeaderCell>
                <TableHeaderCell hiddenBelow="md" sort={{ href: href({ sort: "expires" }), direction: params.sort === "expires" ? "ascending" : undefined }}>
                  {t("columns.expires")}
                </TableHeaderCell>
                <TableHeaderCell hiddenBelow="xl">{t("columns.owner")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              <AgreementRows
                rows={page.rows.map((row) => ({
                  id: row.id,
                  referenceNumber: row.referenceNumber,
                  title: row.title,
                  partners: row.partners.join(", "),
                  morePartners: row.morePartners ? t("morePartners") : null,
                  kind: t(`kinds.${row.kind}`),
                  status: row.status,
                  statusLabel: t(`statuses.${row.status}`),
                  // No expiry on a signed agreement means it runs until ended; on one still being
                  // negotiated, only that no date is set yet.
                  expires: row.expiresOn ? date(row.expiresOn) : SIGNED_STATUSES.has(row.status) ? t("noExpiry") : t("detail.notSet"),
                  hasExpiry: Boolean(row.expiresOn),
                  starting: row.status === "ACTIVE" && row.startsOn ? t("startsOn", { date: date(row.startsOn) }) : null,
                  ending: row.status === "ACTIVE" && row.terminatesOn ? t("terminatesOn", { date: date(row.terminatesOn) }) : null,
                  ownerName: row.ownerName,
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
