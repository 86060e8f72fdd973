import { getTranslations } from "next-intl/server";
import { ListFilters } from "@/app/(app)/_components/list-filters";
import { LookupFilter } from "@/app/(app)/_components/lookup-filter";
import { NativeSelect } from "@/components/filter-fields";
import { findAgreementPartners } from "@/lib/actions/agreements";
import { AGREEMENT_SORTS, EXPIRING_WINDOWS, type AgreementListParams } from "@/lib/agreements/list-params";
import type { AgreementChoices } from "@/lib/data/agreements";
import { AgreementKind, AgreementStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { sortedRegions } from "@/lib/i18n/regions";

/** The agreements list's filters; a partner's page links here with that partner chosen. */
export async function AgreementFilters({ params, choices, locale }: { params: AgreementListParams; choices: AgreementChoices; locale: Locale }) {
  const t = await getTranslations("agreements");
  const all = { value: "", label: t("all") };
  const countries = sortedRegions(choices.countries, locale).map((region) => ({ value: region.code, label: region.label }));
  const chosen = [params.partner, params.kind, params.status, params.country, params.owner, params.faculty, params.signed, params.expiring].filter(Boolean).length;
  return (
    <ListFilters
      list="agreements"
      query={params.q}
      chosen={chosen}
      columns={4}
    >
      <LookupFilter
        name="partner"
        label={t("partner")}
        placeholder={t("partnerPlaceholder")}
        emptyMessage={t("partnerEmpty")}
        buttonLabel={t("partnerButton")}
        initial={choices.partner}
        find={findAgreementPartners}
      />
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
    </ListFilters>
  );
}
