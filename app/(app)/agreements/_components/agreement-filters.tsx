import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import { Button, LinkButton } from "@/components/button";
import { TextField } from "@/components/field";
import { NativeSelect } from "@/components/native-select";
import { AGREEMENT_SORTS, EXPIRING_WINDOWS, type AgreementListParams } from "@/lib/agreements/list-params";
import type { AgreementChoices } from "@/lib/data/agreements";
import { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { regionName } from "@/lib/i18n/regions";

/**
 * The list's filters as a GET form: applying them is following a link, so every view can be
 * bookmarked and shared, and it works before JavaScript loads. A new filter starts at the
 * first page (the form carries no cursor).
 */
export async function AgreementFilters({ params, choices, locale }: { params: AgreementListParams; choices: AgreementChoices; locale: Locale }) {
  const t = await getTranslations("agreements");
  const all = { value: "", label: t("all") };
  const countries = choices.countries
    .map((code) => ({ value: code, label: regionName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const chosen = [params.kind, params.status, params.country, params.owner, params.faculty, params.signed, params.expiring].filter(Boolean).length;
  return (
    <form method="get" action="/agreements" role="search" aria-label={t("filters")} className="mb-4 rounded-card border border-slate-200 bg-white p-4 shadow-xs">
      {params.partner ? <input type="hidden" name="partner" value={params.partner} /> : null}
      <div className="flex items-end gap-2">
        <TextField label={t("search")} name="q" type="search" defaultValue={params.q} placeholder={t("searchPlaceholder")} className="flex-1" />
        <Button type="submit">{t("apply")}</Button>
      </div>
      {params.partner && choices.partner ? (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge tone="brand">{t("partnerFilter", { name: choices.partner.label })}</Badge>
        </p>
      ) : null}
      {/* Open when a filter is set, so what shapes the list is always in view. */}
      <details open={chosen > 0} className="group mt-3">
        <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-2 rounded-field text-sm font-medium text-slate-700 outline-none hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 sm:min-h-8 [&::-webkit-details-marker]:hidden">
          <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 transition-transform group-open:rotate-90" fill="none" stroke="currentColor" strokeWidth="1.75">
            <path d="m6 4 4 4-4 4" />
          </svg>
          {t("filters")}
          {chosen > 0 ? <Badge tone="brand">{chosen}</Badge> : null}
        </summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <NativeSelect label={t("kind")} name="kind" defaultValue={params.kind} options={[all, ...Object.values(AgreementKind).map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]} />
          <NativeSelect
            label={t("status")}
            name="status"
            defaultValue={params.status}
            options={[all, ...Object.values(AgreementStatus).map((status) => ({ value: status, label: t(`statuses.${status}`) }))]}
          />
          <NativeSelect label={t("country")} name="country" defaultValue={params.country} options={[all, ...countries]} />
          <NativeSelect label={t("owner")} name="owner" defaultValue={params.owner} options={[all, ...choices.owners.map((owner) => ({ value: owner.id, label: owner.label }))]} />
          <NativeSelect
            label={t("faculty")}
            name="faculty"
            defaultValue={params.faculty}
            options={[all, ...choices.faculties.map((faculty) => ({ value: faculty.id, label: locale === "zh" && faculty.nameZh ? faculty.nameZh : faculty.nameEn }))]}
          />
          <NativeSelect label={t("signedYear")} name="signed" defaultValue={params.signed} options={[all, ...choices.years.map((year) => ({ value: String(year), label: String(year) }))]} />
          <NativeSelect
            label={t("expiring")}
            name="expiring"
            defaultValue={params.expiring}
            options={[{ value: "", label: t("any") }, ...EXPIRING_WINDOWS.map((days) => ({ value: days, label: t("expiringDays", { days }) }))]}
          />
          <NativeSelect label={t("sort")} name="sort" defaultValue={params.sort} options={AGREEMENT_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))} />
        </div>
        <div className="mt-3 flex justify-end">
          <LinkButton href="/agreements" variant="ghost">
            {t("clear")}
          </LinkButton>
        </div>
      </details>
    </form>
  );
}
