import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getDashboardSummary, type DashboardSummary } from "@/lib/data/dashboard";
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

export default async function DashboardPage() {
  const actor = await requirePageAccess("/dashboard");
  const [summary, t, format] = await Promise.all([getDashboardSummary(actor), getTranslations("pages.dashboard"), getFormatter()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {FIGURES.map(([field, label]) => (
          <div key={field} className="rounded-card border border-slate-200 bg-white p-4 shadow-xs">
            <dt className="text-xs font-medium text-slate-600">{t(label)}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{format.number(summary[field])}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
