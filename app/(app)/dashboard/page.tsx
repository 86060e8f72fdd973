import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import Link from "next/link";
import { agreementListQuery } from "@/lib/agreements/list-params";
import { AGREEMENT_FIGURE_VIEWS, getDashboardSummary, PARTNER_FIGURE_VIEWS, type DashboardSummary } from "@/lib/data/dashboard";
import { partnerListQuery } from "@/lib/partners/list-params";
import { PageHeader } from "../_components/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.dashboard"))("title") };
}

const FIGURES = [
  ["activeAgreements", "activeAgreements"],
  ["expiringIn90Days", "expiring90"],
  ["expiringIn30Days", "expiring30"],
  ["exchangesUnderWay", "exchangesUnderWay"],
  ["activePartners", "activePartners"],
  ["countries", "countries"],
] as const satisfies readonly (readonly [keyof DashboardSummary, string])[];

/** The list each figure counts, so a click shows what is behind the number. */
const VIEWS: Partial<Record<keyof DashboardSummary, string>> = {
  ...Object.fromEntries(Object.entries(AGREEMENT_FIGURE_VIEWS).map(([field, filters]) => [field, `/agreements${agreementListQuery(filters)}`])),
  ...Object.fromEntries(Object.entries(PARTNER_FIGURE_VIEWS).map(([field, filters]) => [field, `/partners${partnerListQuery(filters)}`])),
};

export default async function DashboardPage() {
  const actor = await requirePageAccess("/dashboard");
  const [summary, t, format] = await Promise.all([getDashboardSummary(actor), getTranslations("pages.dashboard"), getFormatter()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {FIGURES.map(([field, label]) => {
          const view = VIEWS[field];
          const figure = format.number(summary[field]);
          return (
            // A column, figure at the foot: the figures line up when a label takes two lines.
            <div key={field} className="relative flex flex-col justify-between rounded-card border border-slate-200 bg-white p-4 shadow-xs has-[a:hover]:border-brand-300 has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-brand-600">
              <dt className="text-xs font-medium text-slate-600">{t(label)}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
                {/* The whole card is the link's target; its name stays the figure and its label. */}
                {view ? (
                  <Link href={view} aria-label={`${t(label)}: ${figure}`} className="outline-none after:absolute after:inset-0 after:rounded-card">
                    {figure}
                  </Link>
                ) : (
                  figure
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
