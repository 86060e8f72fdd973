import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import { Button, LinkButton } from "@/components/button";
import { TextField } from "@/components/field";
import { NativeSelect } from "@/components/native-select";
import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { regionName } from "@/lib/i18n/regions";
import { PARTNER_SORTS, type PartnerListParams } from "@/lib/partners/list-params";

/**
 * The list's filters as a GET form: applying them is following a link, so every view can
 * be bookmarked and shared, and it works before JavaScript loads. A new filter starts at
 * the first page (the form carries no cursor).
 */
export async function PartnerFilters({
  params,
  facets,
  locale,
}: {
  params: PartnerListParams;
  facets: { countries: string[]; tags: string[] };
  locale: Locale;
}) {
  const t = await getTranslations("partners");
  const countries = facets.countries
    .map((code) => ({ value: code, label: regionName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const chosen = [params.country, params.kind, params.status, params.tag, params.active].filter(Boolean).length;
  return (
    <form method="get" action="/partners" role="search" aria-label={t("filters")} className="mb-4 rounded-card border border-slate-200 bg-white p-4 shadow-xs">
      <div className="flex items-end gap-2">
        <TextField label={t("search")} name="q" type="search" defaultValue={params.q} placeholder={t("searchPlaceholder")} className="flex-1" />
        <Button type="submit">{t("apply")}</Button>
      </div>
      {/* Open when a filter is set, so what shapes the list is always in view. */}
      <details open={chosen > 0} className="group mt-3">
        <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-2 rounded-field text-sm font-medium text-slate-700 outline-none hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 sm:min-h-8 [&::-webkit-details-marker]:hidden">
          <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 transition-transform group-open:rotate-90" fill="none" stroke="currentColor" strokeWidth="1.75">
            <path d="m6 4 4 4-4 4" />
          </svg>
          {t("filters")}
          {chosen > 0 ? <Badge tone="brand">{chosen}</Badge> : null}
        </summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <NativeSelect label={t("country")} name="country" defaultValue={params.country} options={[{ value: "", label: t("all") }, ...countries]} />
          <NativeSelect
            label={t("kind")}
            name="kind"
            defaultValue={params.kind}
            options={[{ value: "", label: t("all") }, ...Object.values(PartnerKind).map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]}
          />
          <NativeSelect
            label={t("status")}
            name="status"
            defaultValue={params.status}
            options={[{ value: "", label: t("all") }, ...Object.values(PartnerStatus).map((status) => ({ value: status, label: t(`statuses.${status}`) }))]}
          />
          <NativeSelect label={t("tag")} name="tag" defaultValue={params.tag} options={[{ value: "", label: t("all") }, ...facets.tags.map((tag) => ({ value: tag, label: tag }))]} />
          <NativeSelect label={t("sort")} name="sort" defaultValue={params.sort} options={PARTNER_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))} />
        </div>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <label className="flex min-h-10 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="active" value="1" defaultChecked={params.active === "1"} className="size-4 rounded border-slate-300 accent-brand-600" />
            {t("activeOnly")}
          </label>
          <LinkButton href="/partners" variant="ghost">
            {t("clear")}
          </LinkButton>
        </div>
      </details>
    </form>
  );
}
