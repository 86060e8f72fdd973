import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/data/current-user";
import { catalogues } from "./catalogues";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "./locales";

// The interface language: the cookie the language switch sets, else the signed-in user's
// saved choice (a new browser), else the browser's Accept-Language.
async function chooseLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const saved = (await getCurrentUser())?.locale;
  if (isLocale(saved)) return saved;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await chooseLocale();
  return {
    locale,
    messages: catalogues[locale],
    timeZone: "UTC",
  };
});
