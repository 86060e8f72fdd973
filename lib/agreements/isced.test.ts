import { describe, expect, it } from "vitest";
import { ISCED_FIELDS, iscedLabel, isIscedCode } from "./isced";

const codes = ISCED_FIELDS.map((field) => field.code);
const ofLength = (length: number) => codes.filter((code) => code.length === length);

describe("ISCED_FIELDS", () => {
  it("holds only 2-, 3- and 4-digit codes, each once", () => {
    for (const code of codes) expect(code).toMatch(/^\d{2,4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("is the whole ISCED-F 2013 code list: 12 broad, 58 narrow and 149 detailed fields", () => {
    expect(ofLength(2)).toEqual(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "99"]);
    expect(ofLength(3)).toHaveLength(58);
    expect(ofLength(4)).toHaveLength(149);
  });

  it("has the parent of every narrow and detailed field, and lists it first (a tree, in order)", () => {
    for (const [index, code] of codes.entries()) {
      if (code.length === 2) continue;
      const parent = code.slice(0, code.length - 1);
      expect(codes, `${code}'s parent ${parent}`).toContain(parent);
      expect(codes.indexOf(parent), `${parent} before ${code}`).toBeLessThan(index);
      // Nothing from another branch between a field and its parent.
      for (const between of codes.slice(codes.indexOf(parent) + 1, index)) expect(between.startsWith(parent), `${between} between ${parent} and ${code}`).toBe(true);
    }
  });

  it("has every broad and narrow field divided further (no leaf above the detailed level)", () => {
    for (const code of codes.filter((c) => c.length < 4)) {
      expect(codes.some((child) => child.length === code.length + 1 && child.startsWith(code)), code).toBe(true);
    }
  });

  it("names every field in English and Chinese", () => {
    for (const field of ISCED_FIELDS) {
      expect(field.en.trim(), field.code).not.toBe("");
      expect(field.zh.trim(), field.code).not.toBe("");
      expect(field.en, field.code).toBe(field.en.trim());
      expect(field.zh, field.code).toMatch(/\p{Script=Han}/u);
    }
  });

  it("names a narrow field that has a single detailed field like that field, in English", () => {
    for (const code of ofLength(3)) {
      const children = ISCED_FIELDS.filter((field) => field.code.length === 4 && field.code.startsWith(code));
      if (children.length === 1) expect(children[0]?.en, code).toBe(ISCED_FIELDS.find((field) => field.code === code)?.en);
    }
  });
});

describe("isIscedCode", () => {
  it.each([
    ["0917", "traditional and complementary medicine and therapy"],
    ["0841", "veterinary"],
    ["1015", "travel, tourism and leisure"],
    ["0588", "inter-disciplinary, natural sciences, mathematics and statistics"],
    ["0812", "horticulture"],
    ["0821", "forestry"],
    ["0831", "fisheries"],
    ["0915", "therapy and rehabilitation"],
    ["0921", "care of the elderly and of disabled adults"],
    ["0922", "child care and youth services"],
    ["1011", "domestic services"],
    ["1022", "occupational health and safety"],
    ["1032", "protection of persons and property"],
    ["1041", "transport services"],
    ["0919", "health not elsewhere classified"],
    ["0099", "generic programmes not elsewhere classified"],
    ["0610", "ICTs not further defined"],
    ["9999", "field unknown"],
    ["058", "a narrow inter-disciplinary field"],
    ["029", "a narrow 'not elsewhere classified' field"],
    ["00", "a broad field"],
    ["10", "the last broad field"],
    ["99", "field unknown (broad)"],
  ])("accepts %s (%s)", (code) => {
    expect(isIscedCode(code)).toBe(true);
  });

  it.each([
    ["0019", "no 001x other than 0011"],
    ["0029", "no 'not elsewhere classified' under 002"],
    ["0088", "generic programmes have no inter-disciplinary field"],
    ["0100", "education has a single narrow field, so no 0100"],
    ["0199", "nor 0199"],
    ["0218", "no inter-disciplinary field under a narrow field"],
    ["0429", "law has no 'not elsewhere classified' field"],
    ["0549", "nor mathematics and statistics"],
    ["0739", "nor architecture and construction"],
    ["0918", "no 0918"],
    ["1049", "nor transport services"],
    ["1234", "no narrow field 123"],
    ["11", "no broad field 11"],
    ["0", "too short"],
    ["06130", "too long"],
    [" 0613", "padded"],
    ["", "empty"],
  ])("refuses %s (%s)", (code) => {
    expect(isIscedCode(code)).toBe(false);
  });
});

describe("iscedLabel", () => {
  it("puts the code before the name in the reader's language, and shows an unknown code bare", () => {
    expect(iscedLabel("0917", "en")).toBe("0917 Traditional and complementary medicine and therapy");
    expect(iscedLabel("0917", "zh")).toBe("0917 传统与补充医学及疗法");
    expect(iscedLabel("07", "en")).toBe("07 Engineering, manufacturing and construction");
    expect(iscedLabel("0613", "zh")).toBe("0613 软件与应用开发和分析");
    expect(iscedLabel("0739", "en")).toBe("0739");
  });
});
