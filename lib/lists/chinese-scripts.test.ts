import { describe, expect, it } from "vitest";
import { scriptVariants } from "./chinese-scripts";

describe("scriptVariants", () => {
  it("spells a simplified word in traditional too, in Taiwan's and Hong Kong's forms", () => {
    expect(scriptVariants("台湾大学")).toEqual(["台湾大学", "臺灣大學", "台灣大學"]);
    expect(scriptVariants("北京大学")).toEqual(["北京大学", "北京大學"]);
  });

  it("spells a traditional word in simplified, and in the other regions' traditional", () => {
    expect(scriptVariants("國立臺灣大學")).toEqual(["國立臺灣大學", "国立台湾大学", "國立台灣大學"]);
    expect(scriptVariants("香港中文大學")).toEqual(["香港中文大學", "香港中文大学"]);
    // Hong Kong's 台 finds Taiwan's 臺 and the reverse.
    expect(scriptVariants("台灣")).toEqual(expect.arrayContaining(["臺灣", "台湾"]));
  });

  it("follows the phrase where one simplified character has several traditional ones", () => {
    expect(scriptVariants("头发")).toContain("頭髮");
    expect(scriptVariants("发展")).toContain("發展");
    expect(scriptVariants("皇后大学")).toEqual(["皇后大学", "皇后大學"]);
  });

  it("keeps a word spelt the same in both scripts, and any word without Chinese, as it is, once", () => {
    expect(scriptVariants("科技")).toEqual(["科技"]);
    expect(scriptVariants("technology")).toEqual(["technology"]);
    expect(scriptVariants("université")).toEqual(["université"]);
    expect(scriptVariants("")).toEqual([""]);
  });

  it("converts the Chinese of a mixed word and keeps the rest", () => {
    expect(scriptVariants("tokyo大学")).toEqual(["tokyo大学", "tokyo大學"]);
    expect(scriptVariants("mba碩士")).toEqual(["mba碩士", "mba硕士"]);
  });
});
