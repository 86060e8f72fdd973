import { htmlLang, type Locale } from "./locales";

// Country and region names from the runtime's own Unicode CLDR data (Intl.DisplayNames):
// every ISO 3166-1 code in both languages, with no list of our own to keep.
const displayNames = new Map<Locale, Intl.DisplayNames>();
const collators = new Map<Locale, Intl.Collator>();

function perLocale<T>(cache: Map<Locale, T>, locale: Locale, make: (tag: string) => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = make(htmlLang[locale]);
    cache.set(locale, value);
  }
  return value;
}

export function regionName(code: string, locale: Locale): string {
  return perLocale(displayNames, locale, (tag) => new Intl.DisplayNames([tag], { type: "region", fallback: "code" })).of(code) ?? code;
}

export type Region = { code: string; label: string };

// Sorted names per code list and locale. The lists are constants (every country) or come from
// the list cache (a filter's countries: the same array until the data changes), so a WeakMap
// on the array spares each list view naming and sorting them again.
const sorted = new WeakMap<readonly string[], Partial<Record<Locale, readonly Region[]>>>();

/** The codes with their names in `locale`, sorted by name in that language. */
export function sortedRegions(codes: readonly string[], locale: Locale): readonly Region[] {
  const byLocale = sorted.get(codes) ?? {};
  const known = byLocale[locale];
  if (known) return known;
  const collator = perLocale(collators, locale, (tag) => new Intl.Collator(tag));
  const regions = codes.map((code) => ({ code, label: regionName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
  sorted.set(codes, { ...byLocale, [locale]: regions });
  return regions;
}
