import { htmlLang, type Locale } from "./locales";

// Country and region names from the runtime's own Unicode CLDR data (Intl.DisplayNames):
// every ISO 3166-1 code in both languages, with no list of our own to keep.
const cache = new Map<Locale, Intl.DisplayNames>();

export function regionName(code: string, locale: Locale): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([htmlLang[locale]], { type: "region", fallback: "code" });
    cache.set(locale, names);
  }
  return names.of(code) ?? code;
}
