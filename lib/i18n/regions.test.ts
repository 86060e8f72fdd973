import { describe, expect, it } from "vitest";
import { regionName } from "./regions";

describe("regionName", () => {
  it("names countries and regions in both languages", () => {
    expect(regionName("DE", "en")).toBe("Germany");
    expect(regionName("DE", "zh")).toBe("德国");
    expect(regionName("HK", "en")).toMatch(/Hong Kong/);
    expect(regionName("TW", "zh")).toMatch(/台湾/);
  });
});
