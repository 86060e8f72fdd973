import type { ListOption } from "@/components/list-box";
import { locales, type Locale } from "@/lib/i18n/locales";
import { regionName, sortedRegions } from "@/lib/i18n/regions";

// The 249 officially assigned ISO 3166-1 alpha-2 codes. Their names in English and Chinese
// come from the runtime's CLDR data (lib/i18n/regions.ts); CLDR cannot list the codes themselves (it
// also knows withdrawn and private-use ones: SU, YU, EU, XK…), so this list is ours, and
// small enough to hold here rather than pulling in a package for it.
export const COUNTRY_CODES: readonly string[] = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
  "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
  "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

const CODES = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return CODES.has(value);
}

// ISO 3166 reserves UK for the United Kingdom at its request, and people type it more than GB.
const EXTRA_CODES: Readonly<Record<string, readonly string[]>> = { GB: ["UK"] };

/**
 * Every country and region as options, sorted by name in the user's language; each is found
 * by its code and by its name in the other language too (an English name in the Chinese page).
 */
export function countryOptions(locale: Locale): ListOption[] {
  const others = locales.filter((other) => other !== locale);
  return sortedRegions(COUNTRY_CODES, locale).map(({ code, label }) => ({
    id: code,
    label,
    aliases: others.map((other) => regionName(code, other)),
    codes: [code, ...(EXTRA_CODES[code] ?? [])],
  }));
}
