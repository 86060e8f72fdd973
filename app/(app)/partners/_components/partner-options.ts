import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { BadgeTone } from "@/components/badge";
import { PartnerKind, PartnerStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { countryOptions } from "@/lib/partners/countries";

export const statusTone: Record<PartnerStatus, BadgeTone> = { ACTIVE: "success", PROSPECTIVE: "info", DORMANT: "warning", ENDED: "neutral" };

/** The choices of the partner form, named in the user's language. */
export async function partnerFormOptions() {
  const [t, locale] = await Promise.all([getTranslations("partners"), getLocale()]);
  return {
    countries: countryOptions(locale as Locale),
    kinds: Object.values(PartnerKind).map((kind) => ({ id: kind, label: t(`kinds.${kind}`) })),
    statuses: Object.values(PartnerStatus).map((status) => ({ id: status, label: t(`statuses.${status}`) })),
  };
}
