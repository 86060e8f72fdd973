import { getTranslations } from "next-intl/server";
import { ListFilters } from "@/app/(app)/_components/list-filters";
import { NativeSelect } from "@/components/filter-fields";
import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { sortedRegions } from "@/lib/i18n/regions";
import { PARTNER_SORTS, type PartnerListParams } from "@/lib/partners/list-params";

/** The partners list's filters. */
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
  const countries = sortedRegions(facets.countries, locale).map((region) => ({ value: region.code, label: region.label }));
  const chosen = [params.country, params.kind, params.status, params.tag, params.active].filter(Boolean).length;
  return (
    <ListFilters
      list="partners"
      query={params.q}
      chosen={chosen}
      columns={5}
      options={
        <label className="flex min-h-10 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="active" value="1" defaultChecked={params.active === "1"} className="size-4 rounded border-slate-300 accent-brand-600" />
          {t("activeOnly")}
        </label>
      }
    >
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
    </ListFilters>
  );
}
