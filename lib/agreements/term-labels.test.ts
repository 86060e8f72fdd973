import { describe, expect, it } from "vitest";
import { academicYearLabel, academicYearOptions, languageName, languageOptions } from "./term-labels";

describe("term labels", () => {
  it("names a language in the reader's language, and keeps an unknown code", () => {
    expect(languageName("de", "en")).toBe("German");
    expect(languageName("de", "zh")).toBe("德语");
    expect(languageName("qq", "en")).toBe("qq");
  });

  it("writes academic years as people do", () => {
    expect(academicYearLabel(2025)).toBe("2025/26");
    expect(academicYearLabel(2099)).toBe("2099/00");
  });

  it("offers the usual languages by name, and keeps a stored code that is not among them", () => {
    const options = languageOptions("en", "pt-BR");
    expect(options.find((o) => o.value === "en")?.label).toBe("English");
    expect(options.some((o) => o.value === "pt-BR")).toBe(true);
    expect(options.map((o) => o.label)).toEqual([...options.map((o) => o.label)].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("offers academic years around this one, and keeps a stored year outside them", () => {
    const years = academicYearOptions(2026, "2001");
    expect(years[0]).toEqual({ value: "2001", label: "2001/02" });
    expect(years.map((y) => y.value)).toContain("2036");
    expect(academicYearOptions(2026, "").map((y) => y.value)).toHaveLength(16);
  });
});
