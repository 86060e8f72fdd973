import type { ListOption } from "./list-box";

// How well typed text fits an option, best first. An option's codes only count typed in full,
// as a fit of the first rank: "de" offers Germany beside Denmark, "d" does not flood the list.
const STARTS = 0;
const WORD_STARTS = 1;
const INSIDE = 2;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Case- and accent-blind, like react-aria's own filter: "cote" finds "Côte d’Ivoire". */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

function namesOf(option: ListOption): string[] {
  return [option.label, ...(option.aliases ?? [])];
}

function fitOfName(name: string, needle: string): number | undefined {
  const folded = fold(name);
  let fit: number | undefined;
  // Positions come in order, so the first start of a word is the best fit left.
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    if (at === 0) return STARTS;
    if (!LETTER_OR_DIGIT.test(folded.charAt(at - 1))) return WORD_STARTS;
    fit = INSIDE;
  }
  return fit;
}

function fitOf(option: ListOption, needle: string): number | undefined {
  if (option.codes?.some((code) => fold(code) === needle)) return STARTS;
  const fits = namesOf(option)
    .map((name) => fitOfName(name, needle))
    .filter((fit) => fit !== undefined);
  return fits.length > 0 ? Math.min(...fits) : undefined;
}

/** Whether typed text finds the option: anywhere in its label or another name, or a whole code. */
export function isFoundBy(option: ListOption, text: string): boolean {
  return fitOf(option, fold(text)) !== undefined;
}

/**
 * Every option, those the text finds first and best first (a name that starts with it, then
 * a word that does, then one that merely contains it), the rest after; ties keep their order.
 */
export function orderByFit<T extends ListOption>(options: readonly T[], text: string): T[] {
  const needle = fold(text);
  return options
    .map((option) => ({ option, fit: fitOf(option, needle) ?? Infinity }))
    .sort((a, b) => a.fit - b.fit)
    .map(({ option }) => option);
}

/**
 * The option that typed text stands for without a pick from the list: the one it names in
 * full (its label or another name), else the only one it finds. Disabled options are never it.
 */
export function findTypedOption<T extends ListOption>(options: readonly T[], text: string): T | undefined {
  const needle = fold(text);
  if (!needle) return undefined;
  const choosable = options.filter((option) => !option.isDisabled);
  const named = choosable.filter((option) => namesOf(option).some((name) => fold(name) === needle));
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const found = choosable.filter((option) => fitOf(option, needle) !== undefined);
  return found.length === 1 ? found[0] : undefined;
}
