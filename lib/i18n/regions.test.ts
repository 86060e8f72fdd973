import { describe, expect, it } from "vitest";
import { regionName, sortedRegions } from "./regions";

describe("regionName", () => {
  it("names countries and regions in both languages", () => {
    expect(regionName("DE", "en")).toBe("Germany");
    expect(regionName("DE", "zh")).toBe("德国");
    expect(regionName("HK", "en")).toMatch(/Hong Kong/);
    expect(regionName("TW", "zh")).toMatch(/台湾/);
  });
});

describe("sortedRegions", () => {
  it("sorts by the name in each language (Chinese by pinyin), not by code", () => {
    const codes = ["DE", "CN", "FR"];
    expect(sortedRegions(codes, "en").map((region) => region.label)).toEqual(["China", "France", "Germany"]);
    expect(sortedRegions(codes, "zh").map((region) => region.label)).toEqual(["德国", "法国", "中国"]);
  });

  it("answers the same list with the same options, per language", () => {
    const codes = ["JP", "KR"];
    expect(sortedRegions(codes, "en")).toBe(sortedRegions(codes, "en"));
    expect(sortedRegions(codes, "zh")).toBe(sortedRegions(codes, "zh"));
    expect(sortedRegions(codes, "zh")).not.toBe(sortedRegions(codes, "en"));
    expect(sortedRegions(["JP", "KR"], "en")).toEqual(sortedRegions(codes, "en"));
  });
});
