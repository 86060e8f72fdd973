import { describe, expect, it } from "vitest";
import { isLocale, localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en-GB,en;q=0.9", "en"],
    ["fr-FR,zh-TW;q=0.5", "zh"],
    ["de,fr;q=0.8", "en"],
    ["en;q=0.2,zh;q=0.9", "zh"],
    ["zh;q=0", "en"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it("accepts only supported locales", () => {
    expect(isLocale("zh")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
