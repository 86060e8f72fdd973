// How a mobility term's language and academic years read, in the form and on the page:
// EWP stores an ISO 639-1 code and the starting calendar year; people read "German" and
// "2025/26". Names come from the runtime's CLDR data (Intl.DisplayNames), in either language.

/** The languages offered for a term, most used in exchanges first; a stored code outside it is kept. */
export const TERM_LANGUAGES = [
  "en", "zh", "de", "fr", "es", "it", "ja", "ko", "ru", "pt", "nl", "sv", "da", "fi", "nb", "pl", "cs", "hu", "el", "tr", "ar", "he",
  "th", "vi", "id", "ms", "hi",
] as const;

/** "de" → "German" (en) or "德语" (zh); an unknown code stays as it is. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** 2025 → "2025/26", as academic years are written. */
export function academicYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/** The choices of a term's language, sorted by name in `locale`, with `current` kept if it is another code. */
export function languageOptions(locale: string, current: string): { value: string; label: string }[] {
  const codes: string[] = [...TERM_LANGUAGES];
  if (current && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ value: code, label: languageName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Academic years to choose from: `around` − 5 to + 10, with `current` kept if it lies outside. */
export function academicYearOptions(around: number, current: string): { value: string; label: string }[] {
  const years = Array.from({ length: 16 }, (_, i) => around - 5 + i);
  const chosen = Number(current);
  if (current && Number.isInteger(chosen) && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => a - b).map((year) => ({ value: String(year), label: academicYearLabel(year) }));
}
