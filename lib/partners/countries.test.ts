import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryOptions, isCountryCode } from "./countries";

describe("countries", () => {
  it("holds the 249 current ISO 3166-1 codes, each named in both languages", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const locale of ["en", "zh"] as const) {
      const unnamed = countryOptions(locale).filter((option) => option.label === option.id);
      expect(unnamed, `codes without a ${locale} name`).toEqual([]);
    }
    expect(countryOptions("zh").find((option) => option.id === "DE")?.label).toBe("德国");
  });

  it("refuses withdrawn and private-use codes", () => {
    expect(isCountryCode("CN")).toBe(true);
    for (const code of ["SU", "YU", "EU", "XK", "ZZ", "cn", ""]) expect(isCountryCode(code)).toBe(false);
  });
});
